// /meinedaten (flows/my-data.yaml): what is stored about the resident (Art. 15 DSGVO) as a
// readable summary in their language, and all of it as a JSON file to keep or take elsewhere
// (Art. 20). The file's content is personal data: it goes into the outputs only, never into
// slots (which are stored) or the log.
import type { ActionResult, Output } from "../../domain/flows/engine";
import { isCheckInKind, type CheckInKind } from "../../domain/check-ins";
import { HOURS_CHOICES, LOCALES, SIGNUP_STATUSES, type BotLocale, type SignupStatus } from "../../domain/vocabulary";
import { DEFAULT_TIME_ZONE } from "../../domain/working-days";
import type { Translator } from "../../i18n/translator";
import { exportResidentData, type DisclosedField, type ExportedActor, type ResidentDataExport } from "../../services/resident/export-resident-data";
import type { ActionContext } from "../conversation-deps";

/** Telegram allows 4096 characters a message; a little room for the isolation marks of right-to-left text. */
const MESSAGE_MAX = 3800;

export async function exportMyData(context: ActionContext): Promise<ActionResult> {
  const now = context.now();
  const data = await exportResidentData({ prisma: context.prisma, identity: context.identity, now });
  if (!data) return { slots: { myDataFound: false } };
  const summary = summarise(context.translator, context.locale, data, now);
  const document: Output = {
    type: "document",
    fileName: exportFileName(now),
    content: `${JSON.stringify(data, null, 2)}\n`,
    caption: context.translator.t(context.locale, "my-data-file-caption"),
  };
  return { slots: { myDataFound: true }, outputs: [...summary.map((text): Output => ({ type: "text", text })), document] };
}

/** "meine-daten-2026-11-23.json": the day in the city's time zone, the same name in every language. */
export function exportFileName(now: Date): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: DEFAULT_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return `meine-daten-${day}.json`;
}

const STATUS_KEYS: Record<SignupStatus, string> = {
  new: "my-data-status-new",
  contacted: "my-data-status-contacted",
  accepted: "my-data-status-accepted",
  declined: "my-data-status-declined",
  withdrawn: "my-data-status-withdrawn",
};

const ACTOR_KEYS: Record<ExportedActor, string> = {
  coordinator: "my-data-actor-coordinator",
  resident: "my-data-actor-resident",
  system: "my-data-actor-system",
};

const CHECK_IN_KEYS: Record<CheckInKind, string> = {
  "two-weeks": "my-data-check-in-two-weeks",
  "three-months": "my-data-check-in-three-months",
};

const FIELD_KEYS: Record<DisclosedField, string> = {
  firstName: "my-data-field-first-name",
  telegramUsername: "my-data-field-telegram-username",
  chatLanguage: "my-data-field-chat-language",
  languages: "my-data-field-languages",
  signupMessage: "my-data-field-signup-message",
  question: "my-data-field-question",
  checkInAnswer: "my-data-field-check-in-answer",
};

/** The summary as chat messages: sections in order, several to a message while they fit. */
export function summarise(translator: Translator, locale: BotLocale, data: ResidentDataExport, now: Date): string[] {
  const t = (key: string, args?: Record<string, string | number>) => translator.t(locale, key, args);
  const date = dateFormatter(locale);
  const none = t("my-data-value-none");
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(", ") : none);
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);
  const status = (value: string) => (isSignupStatus(value) ? t(STATUS_KEYS[value]) : value);
  const { profile } = data;

  const sections: string[][] = [[t("my-data-heading", { date: date(now.toISOString()) })]];

  sections.push([
    t("my-data-profile-heading"),
    t("my-data-profile-first-name", { value: profile.firstName ?? none }),
    t("my-data-profile-username", { value: profile.telegramUsername ? `@${profile.telegramUsername.replace(/^@/, "")}` : none }),
    t("my-data-profile-locale", { value: t(`locale-name-${profile.locale}`) }),
    t("my-data-profile-interests", { value: list(profile.interests.map((key) => t(`interest-${key}`))) }),
    t("my-data-profile-times", { value: list(strings(profile.timeSlots).map((slot) => t(`slot-${slot}`))) }),
    t("my-data-profile-hours", { value: hoursLabel(profile.hoursPerWeek, t) ?? none }),
    t("my-data-profile-district", { value: districtLabel(profile, t) ?? none }),
    t("my-data-profile-languages", { value: list(strings(profile.languages).map((code) => t(`language-${code}`))) }),
    t("my-data-profile-created", { date: date(profile.createdAt) }),
    t("my-data-profile-last-active", { date: date(profile.lastActiveAt) }),
  ]);

  const privacy = data.consents.privacy;
  sections.push([
    t("my-data-consents-heading"),
    privacy.at ? t("my-data-consent-privacy", { version: privacy.version ?? none, date: date(privacy.at) }) : t("my-data-consent-privacy-none"),
    ...data.consents.contactPerSignup.flatMap((consent) =>
      consent.at ? [t("my-data-consent-contact", { organisation: consent.organisation.name, title: consent.opportunityTitle, date: date(consent.at) })] : [],
    ),
  ]);

  if (data.signups.length === 0) sections.push([t("my-data-signups-heading"), t("my-data-signups-none")]);
  for (const [index, signup] of data.signups.entries()) {
    const lines = [
      t("my-data-signup", { title: signup.opportunity.title, organisation: signup.organisation.name, date: date(signup.createdAt), status: status(signup.status) }),
    ];
    if (signup.message) lines.push(t("my-data-signup-message", { message: signup.message }));
    if (signup.certificate) {
      lines.push(t("my-data-signup-certificate", { seen: calendarDay(signup.certificate.seenAt, locale) ?? none, issued: calendarDay(signup.certificate.issuedAt, locale) ?? none }));
    }
    for (const event of signup.statusHistory) {
      lines.push(t("my-data-signup-event", { date: date(event.at), status: status(event.to), by: t(ACTOR_KEYS[event.by]) }));
      if (event.reason) lines.push(t("my-data-signup-event-reason", { reason: event.reason }));
    }
    for (const checkIn of signup.checkIns) {
      if (!isCheckInKind(checkIn.kind)) continue;
      const answer = checkIn.answer ? t(`check-in-answer-${checkIn.answer}`) : t("my-data-check-in-unanswered");
      lines.push(t(CHECK_IN_KEYS[checkIn.kind], { date: date(checkIn.askedAt), answer }));
    }
    sections.push(index === 0 ? [t("my-data-signups-heading"), ...lines] : lines);
  }

  const teamName = (organisation: { name: string } | null) => organisation?.name ?? t("my-data-network-team");
  sections.push([
    t("my-data-questions-heading"),
    ...(data.conversationsWithTeams.length === 0
      ? [t("my-data-questions-none")]
      : data.conversationsWithTeams.map((thread) =>
          t("my-data-question-thread", {
            team: teamName(thread.organisation),
            sent: thread.messages.filter((message) => message.direction === "to-team").length,
            received: thread.messages.filter((message) => message.direction === "to-resident").length,
            date: date(thread.updatedAt),
          }),
        )),
  ]);

  sections.push([
    t("my-data-shared-heading"),
    ...(data.disclosures.length === 0
      ? [t("my-data-shared-none")]
      : data.disclosures.map((disclosure) =>
          t("my-data-shared-item", {
            recipient: teamName(disclosure.organisation),
            fields: disclosure.fields.map((field) => t(FIELD_KEYS[field])).join(", "),
            when: disclosure.sentAt ? t("my-data-shared-sent", { date: date(disclosure.sentAt) }) : t("my-data-shared-pending"),
          }) + (disclosure.removedAt ? `\n${t("my-data-shared-removed", { date: date(disclosure.removedAt) })}` : ""),
        )),
  ]);

  return pack(sections.map((lines) => lines.join("\n")));
}

/** Sections joined into as few messages as fit; a section too long for one message is split by lines. */
function pack(sections: readonly string[]): string[] {
  const pieces = sections.flatMap((section) => (section.length <= MESSAGE_MAX ? [section] : splitLong(section)));
  const messages: string[] = [];
  for (const piece of pieces) {
    const last = messages.at(-1);
    if (last !== undefined && last.length + 2 + piece.length <= MESSAGE_MAX) messages[messages.length - 1] = `${last}\n\n${piece}`;
    else messages.push(piece);
  }
  return messages;
}

function splitLong(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    // A single line longer than a message (a long reason) is cut into message-sized pieces.
    for (let start = 0; start < Math.max(line.length, 1); start += MESSAGE_MAX) {
      const chunk = line.slice(start, start + MESSAGE_MAX);
      if (current && current.length + 1 + chunk.length > MESSAGE_MAX) {
        parts.push(current);
        current = chunk;
      } else {
        current = current ? `${current}\n${chunk}` : chunk;
      }
    }
  }
  if (current) parts.push(current);
  return parts;
}

/** Date and time in the city's time zone, written the way the resident's language writes them. */
function dateFormatter(locale: BotLocale): (iso: string) => string {
  const format = new Intl.DateTimeFormat(LOCALES[locale].language, { timeZone: DEFAULT_TIME_ZONE, calendar: "gregory", dateStyle: "medium", timeStyle: "short" });
  return (iso) => format.format(new Date(iso));
}

/** The Führungszeugnis dates are calendar days, stored as midnight UTC (src/domain/certificate-check.ts). */
function calendarDay(iso: string | null, locale: BotLocale): string | null {
  if (iso === null) return null;
  return new Intl.DateTimeFormat(LOCALES[locale].language, { timeZone: "UTC", calendar: "gregory", dateStyle: "medium" }).format(new Date(iso));
}

/** The answer's label as the question showed it; a number the question does not offer as itself. */
const HOURS_KEYS: Record<(typeof HOURS_CHOICES)[number], string> = { 1: "hours-1", 2: "hours-2", 4: "hours-4", 8: "hours-8" };

function hoursLabel(hours: number | null, t: (key: string) => string): string | null {
  if (hours === null) return null;
  return isHoursChoice(hours) ? t(HOURS_KEYS[hours]) : String(hours);
}

function isHoursChoice(hours: number): hours is (typeof HOURS_CHOICES)[number] {
  return (HOURS_CHOICES as readonly number[]).includes(hours);
}

function districtLabel(profile: ResidentDataExport["profile"], t: (key: string) => string): string | null {
  if (profile.districtChoice === "any") return t("onboarding-district-any");
  if (profile.districtChoice === "remote") return t("onboarding-district-remote");
  return profile.district?.name ?? null;
}

function isSignupStatus(value: string): value is SignupStatus {
  return (SIGNUP_STATUSES as readonly string[]).includes(value);
}
