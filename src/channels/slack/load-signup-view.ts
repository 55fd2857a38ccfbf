// Reads what the coordinators' message shows about a signup, from the current database state:
// the outbox renders at delivery time, so a late delivery shows today's status and a resident
// who erased their data in the meantime is not shown any more.
import type { PrismaClient } from "../../generated/prisma/client";
import { languagesCodec, requirementsCodec } from "../../db/codecs";
import { CERTIFICATE_REQUIREMENT } from "../../domain/certificate-check";
import { decodeStatusEventActor } from "../../domain/signup-status";
import { botLocaleSchema, DEFAULT_LOCALE, signupStatusSchema } from "../../domain/vocabulary";
import { SIGNUP_MESSAGE_STATUS_EVENTS, type SignupMessageView, type SignupStatusEventView } from "./signup-message";

export interface LoadedSignup {
  view: SignupMessageView;
  organisation: { id: number; name: string; slackChannel: string | null };
  /** The coordinators' message about this signup, once posted. */
  slackMessage: { channel: string; ts: string } | null;
  /** When the signup got its current status; for a "new" one, when it came in (or was reopened). */
  statusChangedAt: Date;
}

export async function loadSignupView(prisma: PrismaClient, signupId: number): Promise<LoadedSignup | null> {
  const signup = await prisma.signup.findUnique({
    where: { id: signupId },
    include: {
      opportunity: { include: { organisation: true, district: true } },
      resident: true,
      // The latest few, for "Status „Kontaktiert“ gesetzt von … am …"; read back in order below.
      statusEvents: { orderBy: { id: "desc" }, take: SIGNUP_MESSAGE_STATUS_EVENTS },
    },
  });
  if (!signup) return null;
  const { opportunity, resident } = signup;
  const anonymised = resident === null || signup.anonymisedAt !== null;
  const consented = signup.contactConsentAt !== null;

  return {
    organisation: {
      id: opportunity.organisation.id,
      name: opportunity.organisation.name,
      slackChannel: opportunity.organisation.slackChannel,
    },
    slackMessage: signup.slackChannel && signup.slackTs ? { channel: signup.slackChannel, ts: signup.slackTs } : null,
    statusChangedAt: signup.statusChangedAt,
    view: {
      signupId: signup.id,
      status: signupStatusSchema.parse(signup.status),
      opportunity: {
        title: opportunity.title,
        slug: opportunity.slug,
        organisationName: opportunity.organisation.name,
        districtName: opportunity.district?.name ?? null,
      },
      // The first name, Telegram contact, message and languages go to the organisation only with
      // the resident's consent to pass them (given when signing up); without it, only that there is a signup.
      resident: anonymised
        ? null
        : consented
          ? {
              firstName: resident.firstName,
              telegramUsername: resident.telegramUsername,
              channel: resident.channel,
              locale: botLocaleSchema.catch(DEFAULT_LOCALE).parse(resident.locale),
              languages: decodeLanguages(resident.languages),
            }
          : { firstName: null, telegramUsername: null, channel: resident.channel, locale: null, languages: [] },
      message: anonymised || !consented ? null : signup.message,
      createdAt: signup.createdAt,
      // Only where the offer asks for a Führungszeugnis (§ 72a SGB VIII).
      certificate: requiresCertificate(opportunity.requirements)
        ? { seenAt: signup.certificateSeenAt, issuedAt: signup.certificateIssuedAt, recordedBy: signup.certificateRecordedBy }
        : null,
      statusEvents: signup.statusEvents.reverse().flatMap((event): SignupStatusEventView[] => {
        const status = signupStatusSchema.safeParse(event.toStatus);
        // A row with a status this version does not know is left out rather than failing the message.
        return status.success ? [{ status: status.data, actor: decodeStatusEventActor(event.actor), at: event.createdAt }] : [];
      }),
    },
  };
}

function decodeLanguages(text: string): string[] {
  try {
    return languagesCodec.decode(text);
  } catch {
    // A malformed list must not keep coordinators from hearing of a signup; it just shows no languages.
    return [];
  }
}

function requiresCertificate(text: string): boolean {
  try {
    return requirementsCodec.decode(text).includes(CERTIFICATE_REQUIREMENT);
  } catch {
    // Like the languages: a malformed column must not keep the message from being shown.
    return false;
  }
}
