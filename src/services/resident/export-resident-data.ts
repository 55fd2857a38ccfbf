// Art. 15 and 20 DSGVO (/meinedaten): everything stored about one resident, as one typed,
// versioned object that becomes the JSON file they get. Only rows that belong to this resident
// are read (their Resident row, their signups and what hangs off them, their conversations with
// the teams, the outbox rows of their signups, conversations and chat, their conversation
// state), so nothing about another resident can slip in. Coordinators appear only as
// "coordinator": their Slack ids and names are not the resident's data.
// The result holds personal data and free text: never log it.
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { decodeStatusEventActor } from "../../domain/signup-status";
import { NOTIFICATION_KINDS, isNotificationKind } from "../notification/kinds";
import type { ResidentIdentity } from "./resident-identity";

/** Bumped when a field changes meaning or goes away; new fields keep the version. */
export const RESIDENT_EXPORT_FORMAT = "ehrenamtslotse-export/1";

/**
 * The tables this export reads rows of. test/services/resident/export-resident-data.test.ts
 * derives the tables that hold data about a resident from prisma/schema.prisma and fails when
 * one of them is missing here: a new table about residents must be added to the export.
 */
export const RESIDENT_EXPORT_TABLES = ["Resident", "Signup", "SignupStatusEvent", "CheckIn", "RelayThread", "RelayMessage", "Conversation", "Notification"] as const;

/** Dates as ISO 8601 in UTC, as JSON has no date type. */
export type IsoDate = string;

/** Who changed a status: a coordinator of the organisation (never which one), the resident, or the bot itself. */
export type ExportedActor = "coordinator" | "resident" | "system";

/** What an organisation (or the network team) was shown, field by field. */
export type DisclosedField = "firstName" | "telegramUsername" | "chatLanguage" | "languages" | "signupMessage" | "question" | "checkInAnswer";

export interface ExportedOrganisation {
  id: number;
  name: string;
}

export interface ResidentDataExport {
  format: typeof RESIDENT_EXPORT_FORMAT;
  exportedAt: IsoDate;
  profile: {
    /** "telegram" or "console", and the user id there (Telegram's user id). */
    channel: string;
    channelUserId: string;
    firstName: string | null;
    /** Stored only where the resident agreed to pass it on; null otherwise. */
    telegramUsername: string | null;
    /** The language the bot speaks with the resident (a bot locale such as "de", "uk"). */
    locale: string;
    interests: string[];
    timeSlots: unknown;
    hoursPerWeek: number | null;
    /** "district" (then district is set), "any" or "remote"; null until answered. */
    districtChoice: string | null;
    district: { slug: string; name: string } | null;
    languages: unknown;
    profileCompleteAt: IsoDate | null;
    createdAt: IsoDate;
    lastActiveAt: IsoDate;
  };
  consents: {
    /** Consent to the privacy notice: when, and to which version of its text. */
    privacy: { at: IsoDate | null; version: string | null };
    /** Consent to pass first name and Telegram contact to the organisation, per signup. */
    contactPerSignup: Array<{ signupId: number; organisation: ExportedOrganisation; opportunityTitle: string; at: IsoDate | null }>;
  };
  signups: Array<{
    id: number;
    opportunity: { id: number; slug: string; title: string };
    organisation: ExportedOrganisation;
    status: string;
    message: string | null;
    contactConsentAt: IsoDate | null;
    createdAt: IsoDate;
    updatedAt: IsoDate;
    statusChangedAt: IsoDate;
    /** Führungszeugnis (§ 72a SGB VIII): the two dates a coordinator recorded, nothing else. */
    certificate: { seenAt: IsoDate | null; issuedAt: IsoDate | null } | null;
    statusHistory: Array<{ from: string | null; to: string; at: IsoDate; by: ExportedActor; reason: string | null }>;
    checkIns: Array<{ kind: string; askedAt: IsoDate; answer: string | null; answeredAt: IsoDate | null }>;
  }>;
  /** "Frage an das Team": conversations with one organisation's team (organisation null: the network team). */
  conversationsWithTeams: Array<{
    id: number;
    organisation: ExportedOrganisation | null;
    signupId: number | null;
    createdAt: IsoDate;
    updatedAt: IsoDate;
    /** direction: "to-team" (the resident wrote) or "to-resident" (the team answered). */
    messages: Array<{ direction: string; text: string; at: IsoDate }>;
  }>;
  /**
   * Which organisation received which fields, and when (sentAt null: not delivered yet). The
   * fields of a signup are those its Slack message shows from the current data.
   */
  disclosures: Array<{
    about: "signup" | "question" | "check-in";
    /** null: the network team (the network channel), not one organisation. */
    organisation: ExportedOrganisation | null;
    signupId: number | null;
    fields: DisclosedField[];
    queuedAt: IsoDate;
    sentAt: IsoDate | null;
    /** When the signup's Slack message stopped showing the resident's data (consent withdrawn); null while it shows them. */
    removedAt: IsoDate | null;
  }>;
  /** Messages the bot queued for the resident's chat (status messages, check-ins, answers). */
  notifications: Array<{ kind: string; status: string; queuedAt: IsoDate; sentAt: IsoDate | null; signupId: number | null }>;
  /** Where the chat stood in a dialogue when the export was made, exactly as stored; null when idle. */
  conversationState: { state: unknown; updatedAt: IsoDate } | null;
}

export interface ExportResidentDataOptions {
  prisma: PrismaClient;
  identity: Pick<ResidentIdentity, "channel" | "channelUserId">;
  now: Date;
}

/** The export, or null when nothing but (at most) a conversation in progress is stored: no Resident row. */
export async function exportResidentData(options: ExportResidentDataOptions): Promise<ResidentDataExport | null> {
  const { prisma, identity, now } = options;
  const key = { channel: identity.channel, channelUserId: identity.channelUserId };
  const resident = await prisma.resident.findUnique({
    where: { channel_channelUserId: key },
    include: {
      interests: { orderBy: { sortOrder: "asc" } },
      district: { select: { slug: true, name: true } },
      signups: {
        orderBy: { id: "asc" },
        include: {
          opportunity: { select: { id: true, slug: true, title: true, organisation: { select: { id: true, name: true } } } },
          statusEvents: { orderBy: { id: "asc" } },
          checkIns: { orderBy: { id: "asc" } },
        },
      },
      relayThreads: {
        orderBy: { id: "asc" },
        include: { organisation: { select: { id: true, name: true } }, messages: { orderBy: { id: "asc" } } },
      },
    },
  });
  if (!resident) return null;
  const conversation = await prisma.conversation.findUnique({ where: { channel_channelUserId: key } });

  const signupStreams = resident.signups.map((signup) => `slack:signup:${signup.id}`);
  const threadStreams = resident.relayThreads.map((thread) => `slack:relay:${thread.id}`);
  const chatStream = `telegram:resident:${resident.id}`;
  const notifications = await prisma.notification.findMany({
    where: { stream: { in: [...signupStreams, ...threadStreams, chatStream] } },
    orderBy: { id: "asc" },
  });

  const signupsById = new Map(resident.signups.map((signup) => [signup.id, signup]));
  const checkInsById = new Map(resident.signups.flatMap((signup) => signup.checkIns.map((checkIn) => [checkIn.id, { checkIn, signup }] as const)));
  const messageThreads = new Map(resident.relayThreads.flatMap((thread) => thread.messages.map((message) => [message.id, thread] as const)));
  const languages = decodeJson(resident.languages);

  const disclosures: ResidentDataExport["disclosures"] = [];
  const toResident: ResidentDataExport["notifications"] = [];
  for (const row of notifications) {
    const payload = parsePayload(row.kind, row.payload);
    if (payload === null) continue;
    const delivery = { queuedAt: iso(row.createdAt), sentAt: row.status === "sent" && row.sentAt ? iso(row.sentAt) : null };
    if (row.channel === "telegram") {
      // Only this resident's chat; the stream says so, the payload must agree.
      if (payload.residentId !== resident.id) continue;
      toResident.push({ kind: row.kind, status: row.status, ...delivery, signupId: numberOrNull(payload.signupId) });
      continue;
    }
    if (row.kind === "signup-created") {
      const signup = signupsById.get(Number(payload.signupId));
      if (!signup) continue;
      disclosures.push({
        about: "signup",
        organisation: signup.opportunity.organisation,
        signupId: signup.id,
        fields: signupMessageFields(resident, signup, languages),
        ...delivery,
        removedAt: isoOrNull(signup.anonymisedAt),
      });
    } else if (row.kind === "resident-question") {
      const thread = messageThreads.get(Number(payload.relayMessageId));
      if (!thread) continue;
      disclosures.push({ about: "question", organisation: thread.organisation, signupId: thread.signupId, fields: ["question"], ...delivery, removedAt: null });
    } else if (row.kind === "check-in-answered") {
      const found = checkInsById.get(Number(payload.checkInId));
      if (!found) continue;
      disclosures.push({
        about: "check-in",
        organisation: found.signup.opportunity.organisation,
        signupId: found.signup.id,
        fields: ["checkInAnswer"],
        ...delivery,
        removedAt: null,
      });
    }
  }

  return {
    format: RESIDENT_EXPORT_FORMAT,
    exportedAt: iso(now),
    profile: {
      channel: resident.channel,
      channelUserId: resident.channelUserId,
      firstName: resident.firstName,
      telegramUsername: resident.telegramUsername,
      locale: resident.locale,
      interests: resident.interests.map((interest) => interest.key),
      timeSlots: decodeJson(resident.timeSlots),
      hoursPerWeek: resident.hoursPerWeek,
      districtChoice: resident.districtChoice,
      district: resident.district,
      languages,
      profileCompleteAt: isoOrNull(resident.profileCompleteAt),
      createdAt: iso(resident.createdAt),
      lastActiveAt: iso(resident.lastActiveAt),
    },
    consents: {
      privacy: { at: isoOrNull(resident.consentAt), version: resident.consentVersion },
      contactPerSignup: resident.signups.map((signup) => ({
        signupId: signup.id,
        organisation: signup.opportunity.organisation,
        opportunityTitle: signup.opportunity.title,
        at: isoOrNull(signup.contactConsentAt),
      })),
    },
    signups: resident.signups.map((signup) => ({
      id: signup.id,
      opportunity: { id: signup.opportunity.id, slug: signup.opportunity.slug, title: signup.opportunity.title },
      organisation: signup.opportunity.organisation,
      status: signup.status,
      message: signup.message,
      contactConsentAt: isoOrNull(signup.contactConsentAt),
      createdAt: iso(signup.createdAt),
      updatedAt: iso(signup.updatedAt),
      statusChangedAt: iso(signup.statusChangedAt),
      certificate:
        signup.certificateSeenAt || signup.certificateIssuedAt
          ? { seenAt: isoOrNull(signup.certificateSeenAt), issuedAt: isoOrNull(signup.certificateIssuedAt) }
          : null,
      statusHistory: signup.statusEvents.map((event) => ({
        from: event.fromStatus,
        to: event.toStatus,
        at: iso(event.createdAt),
        // The coordinator's Slack id stays out: it is their data, not the resident's.
        by: decodeStatusEventActor(event.actor).kind,
        reason: event.reason,
      })),
      checkIns: signup.checkIns.map((checkIn) => ({
        kind: checkIn.kind,
        askedAt: iso(checkIn.askedAt),
        answer: checkIn.answer,
        answeredAt: isoOrNull(checkIn.answeredAt),
      })),
    })),
    conversationsWithTeams: resident.relayThreads.map((thread) => ({
      id: thread.id,
      organisation: thread.organisation,
      signupId: thread.signupId,
      createdAt: iso(thread.createdAt),
      updatedAt: iso(thread.updatedAt),
      messages: thread.messages.map((message) => ({ direction: message.direction, text: message.text, at: iso(message.createdAt) })),
    })),
    disclosures,
    notifications: toResident,
    conversationState: conversation ? { state: decodeJson(conversation.state), updatedAt: iso(conversation.updatedAt) } : null,
  };
}

type ResidentRow = { firstName: string | null; telegramUsername: string | null; channel: string };
type SignupRow = { contactConsentAt: Date | null; message: string | null };

/**
 * The resident's fields in the coordinators' signup message, as src/channels/slack/load-signup-view.ts
 * and signup-message.ts show them: first name if known, the Telegram username only with the
 * contact consent, the chat language always, the languages and the message if there are any.
 * After the consent was withdrawn the message and the contact consent are gone from the signup;
 * the fields kept on the profile are still listed, since the organisation did receive them.
 */
function signupMessageFields(resident: ResidentRow, signup: SignupRow, languages: unknown): DisclosedField[] {
  const fields: DisclosedField[] = [];
  if (resident.firstName) fields.push("firstName");
  if (resident.channel === "telegram" && signup.contactConsentAt !== null && resident.telegramUsername) fields.push("telegramUsername");
  fields.push("chatLanguage");
  if (Array.isArray(languages) && languages.length > 0) fields.push("languages");
  if (signup.message?.trim()) fields.push("signupMessage");
  return fields;
}

const idsPayload = z.record(z.string(), z.unknown());

/** The row's payload checked by its kind's schema (ids only); null for an unknown kind or a malformed row. */
function parsePayload(kind: string, json: string): Record<string, unknown> | null {
  if (!isNotificationKind(kind)) return null;
  const parsed = NOTIFICATION_KINDS[kind].payload.safeParse(decodeJson(json));
  if (!parsed.success) return null;
  const record = idsPayload.safeParse(parsed.data);
  return record.success ? record.data : null;
}

/** A JSON column as its value; text that is not JSON (a hand-edited row) as the text itself. */
function decodeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}

function iso(date: Date): IsoDate {
  return date.toISOString();
}

function isoOrNull(date: Date | null): IsoDate | null {
  return date === null ? null : date.toISOString();
}
