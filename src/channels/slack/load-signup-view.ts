// Reads what the coordinators' message shows about a signup, from the current database state:
// the outbox renders at delivery time, so a late delivery shows today's status and a resident
// who erased their data in the meantime is not shown any more.
import type { PrismaClient } from "../../generated/prisma/client";
import { languagesCodec } from "../../db/codecs";
import { botLocaleSchema, DEFAULT_LOCALE, signupStatusSchema } from "../../domain/vocabulary";
import type { SignupMessageView } from "./signup-message";

export interface LoadedSignup {
  view: SignupMessageView;
  organisation: { id: number; name: string; slackChannel: string | null };
  /** The coordinators' message about this signup, once posted. */
  slackMessage: { channel: string; ts: string } | null;
}

export async function loadSignupView(prisma: PrismaClient, signupId: number): Promise<LoadedSignup | null> {
  const signup = await prisma.signup.findUnique({
    where: { id: signupId },
    include: {
      opportunity: { include: { organisation: true, district: true } },
      resident: true,
    },
  });
  if (!signup) return null;
  const { opportunity, resident } = signup;
  const anonymised = resident === null || signup.anonymisedAt !== null;

  return {
    organisation: {
      id: opportunity.organisation.id,
      name: opportunity.organisation.name,
      slackChannel: opportunity.organisation.slackChannel,
    },
    slackMessage: signup.slackChannel && signup.slackTs ? { channel: signup.slackChannel, ts: signup.slackTs } : null,
    view: {
      signupId: signup.id,
      status: signupStatusSchema.parse(signup.status),
      opportunity: {
        title: opportunity.title,
        slug: opportunity.slug,
        organisationName: opportunity.organisation.name,
        districtName: opportunity.district?.name ?? null,
      },
      resident: anonymised
        ? null
        : {
            firstName: resident.firstName,
            // The Telegram handle is contact data: shown only if the resident agreed to be contacted.
            telegramUsername: signup.contactConsentAt !== null ? resident.telegramUsername : null,
            channel: resident.channel,
            locale: botLocaleSchema.catch(DEFAULT_LOCALE).parse(resident.locale),
            languages: decodeLanguages(resident.languages),
          },
      message: anonymised ? null : signup.message,
      createdAt: signup.createdAt,
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
