// Reads what the coordinators' message shows about a signup, from the current database state:
// the outbox renders at delivery time, so a late delivery shows today's status and a resident
// who erased their data in the meantime is not shown any more.
import { languagesCodec, requirementsCodec } from "../../db/codecs";
import { directly, storedDate, type StoredWhole } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";
import { CERTIFICATE_REQUIREMENT } from "../../domain/certificate-check";
import { decodeStatusEventActor } from "../../domain/signup-status";
import { botLocaleOrDefault, signupStatusSchema } from "../../domain/vocabulary";
import { SIGNUP_MESSAGE_STATUS_EVENTS, type SignupMessageView, type SignupStatusEventView } from "./signup-message";

export interface LoadedSignup {
  view: SignupMessageView;
  organisation: { id: number; name: string; slackChannel: string | null };
  /** The coordinators' message about this signup, once posted. */
  slackMessage: { channel: string; ts: string } | null;
  /** When the signup got its current status; for a "new" one, when it came in (or was reopened). */
  statusChangedAt: Date;
}

// The latest few status events, for "Status „Kontaktiert“ gesetzt von … am …"; read back in order below.
// Their number is written into the text, not bound: with a bound LIMIT, SQLite took about five
// times as long over the correlated subquery (50 µs against 11 µs per signup, measured alone).
const SIGNUP = `
  SELECT s.id, s.status, s.message, s.contactConsentAt, s.anonymisedAt, s.createdAt, s.statusChangedAt, s.slackChannel, s.slackTs,
         s.certificateSeenAt, s.certificateIssuedAt, s.certificateRecordedBy,
         o.title, o.slug, o.requirements,
         g.id AS organisationId, g.name AS organisationName, g.slackChannel AS organisationSlackChannel,
         d.name AS districtName,
         r.id AS residentId, r.firstName, r.telegramUsername, r.channel AS residentChannel, r.locale AS residentLocale, r.languages AS residentLanguages,
         (SELECT json_group_array(json_array(e.toStatus, e.actor, e.createdAt) ORDER BY e.id DESC)
          FROM (SELECT id, toStatus, actor, createdAt FROM SignupStatusEvent WHERE signupId = s.id ORDER BY id DESC LIMIT ${SIGNUP_MESSAGE_STATUS_EVENTS}) AS e) AS statusEvents
  FROM Signup s
  JOIN Opportunity o ON o.id = s.opportunityId
  JOIN Organisation g ON g.id = o.organisationId
  LEFT JOIN District d ON d.id = o.districtId
  LEFT JOIN Resident r ON r.id = s.residentId
  WHERE s.id = ?`;

interface SignupRow {
  id: StoredWhole;
  status: string;
  message: string | null;
  contactConsentAt: string | null;
  anonymisedAt: string | null;
  createdAt: string;
  statusChangedAt: string;
  slackChannel: string | null;
  slackTs: string | null;
  certificateSeenAt: string | null;
  certificateIssuedAt: string | null;
  certificateRecordedBy: string | null;
  title: string;
  slug: string;
  requirements: string;
  organisationId: StoredWhole;
  organisationName: string;
  organisationSlackChannel: string | null;
  districtName: string | null;
  residentId: StoredWhole | null;
  firstName: string | null;
  telegramUsername: string | null;
  residentChannel: string | null;
  residentLocale: string | null;
  residentLanguages: string | null;
  /** JSON: [[toStatus, actor, createdAt], …], the latest first. */
  statusEvents: string;
}

/**
 * Read for every message about a signup the outbox sends, so one statement straight to SQLite
 * (src/db/direct.ts) instead of Prisma's six queries (signup, offer, organisation, district,
 * resident, status events); test/channels/slack/load-signup-view.test.ts compares it with Prisma's reading.
 */
export async function loadSignupView(prisma: PrismaClient, signupId: number): Promise<LoadedSignup | null> {
  const row = await directly(prisma, (database) => database.prepare(SIGNUP).get(signupId) as SignupRow | undefined);
  if (!row) return null;
  const anonymised = row.residentId === null || row.anonymisedAt !== null;
  const consented = row.contactConsentAt !== null;
  const events = JSON.parse(row.statusEvents) as Array<[string, string, string]>;

  return {
    organisation: { id: Number(row.organisationId), name: row.organisationName, slackChannel: row.organisationSlackChannel },
    slackMessage: row.slackChannel && row.slackTs ? { channel: row.slackChannel, ts: row.slackTs } : null,
    statusChangedAt: storedDate(row.statusChangedAt)!,
    view: {
      signupId: Number(row.id),
      status: signupStatusSchema.parse(row.status),
      opportunity: {
        title: row.title,
        slug: row.slug,
        organisationName: row.organisationName,
        districtName: row.districtName,
      },
      // The first name, Telegram contact, message and languages go to the organisation only with
      // the resident's consent to pass them (given when signing up); without it, only that there is a signup.
      resident: anonymised
        ? null
        : consented
          ? {
              firstName: row.firstName,
              telegramUsername: row.telegramUsername,
              channel: row.residentChannel!,
              locale: botLocaleOrDefault(row.residentLocale),
              languages: decodeLanguages(row.residentLanguages!),
            }
          : { firstName: null, telegramUsername: null, channel: row.residentChannel!, locale: null, languages: [] },
      message: anonymised || !consented ? null : row.message,
      createdAt: storedDate(row.createdAt)!,
      // Only where the offer asks for a Führungszeugnis (§ 72a SGB VIII).
      certificate: requiresCertificate(row.requirements)
        ? { seenAt: storedDate(row.certificateSeenAt), issuedAt: storedDate(row.certificateIssuedAt), recordedBy: row.certificateRecordedBy }
        : null,
      statusEvents: events.reverse().flatMap(([toStatus, actor, at]): SignupStatusEventView[] => {
        const status = signupStatusSchema.safeParse(toStatus);
        // A row with a status this version does not know is left out rather than failing the message.
        return status.success ? [{ status: status.data, actor: decodeStatusEventActor(actor), at: storedDate(at)! }] : [];
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
