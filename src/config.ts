// Configuration from environment variables, parsed once at start-up by parseConfig (never at
// import time). These variable names are the public interface for people who deploy the bot;
// .env.example documents each one.
import { z } from "zod";
import { botUsernameSchema } from "./domain/deep-link";
import { SLACK_CHANNEL_ID } from "./domain/slack-ids";
import { BUNDESLAENDER, DEFAULT_STATE, DEFAULT_TIME_ZONE, isValidTimeZone, type Bundesland } from "./domain/working-days";

export class ConfigError extends Error {
  constructor(variable: string, detail: string) {
    super(`${variable}: ${detail}`);
    this.name = "ConfigError";
  }
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();
const optionalUrl = optionalText.pipe(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional());

/** Text a chat message shows on one line: no line breaks or other control characters, bounded. */
function oneLine(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .regex(/^[^\p{Cc}]*$/u, "must be one line (separate the parts with commas)");
}

/** An optional whole-number variable within bounds, with its default. */
function wholeNumber(options: { min: number; max: number; fallback: number; messages?: { format: string; min: string; max: string } }) {
  const messages = options.messages ?? { format: "must be a whole number", min: `must be at least ${options.min}`, max: `must be at most ${options.max}` };
  return optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, messages.format)
      .transform(Number)
      .pipe(z.number().int().min(options.min, messages.min).max(options.max, messages.max))
      .default(options.fallback),
  );
}

const envSchema = z.object({
  DATABASE_URL: optionalText.pipe(
    z.string().regex(/^file:.+/, "must be a SQLite URL such as file:./data/lotse.db").default("file:./data/lotse.db"),
  ),
  TELEGRAM_BOT_TOKEN: optionalText.pipe(z.string().regex(/^\d+:[\w-]{20,}$/, "does not look like a Telegram bot token (123456:ABC…)").optional()),
  TELEGRAM_API_ROOT: optionalUrl.pipe(z.string().default("https://api.telegram.org")),
  TELEGRAM_WEBHOOK_URL: optionalUrl.pipe(z.string().startsWith("https://", "must be an https URL (Telegram only calls https)").optional()),
  TELEGRAM_STARTUP_TIMEOUT: wholeNumber({ min: 1, max: 600, fallback: 20 }),
  // The bot's public username, for the deep links `lotse qr` prints (the bot itself asks Telegram).
  TELEGRAM_BOT_USERNAME: optionalText.pipe(botUsernameSchema.optional()),
  TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(
    z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16–256 characters of A-Z, a-z, 0-9, _ and -").optional(),
  ),
  PORT: wholeNumber({ min: 1, max: 65535, fallback: 3000, messages: { format: "must be a port number", min: "must be a port number", max: "must be a port number" } }),
  SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith("xoxb-", "must be a bot token starting with xoxb-").optional()),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.pipe(z.string().regex(/^xapp-[\w-]+$/, "must be an app-level token starting with xapp-").optional()),
  SLACK_API_URL: optionalUrl.pipe(z.string().default("https://slack.com/api/")),
  SLACK_NETWORK_CHANNEL: optionalText.pipe(z.string().regex(SLACK_CHANNEL_ID, "must be a Slack channel id such as C0123ABCD").optional()),
  OUTBOX_MAX_ATTEMPTS: wholeNumber({ min: 1, max: 100, fallback: 8 }),
  CITY_STATE: optionalText.transform((value) => value?.toUpperCase()).pipe(
    z
      .enum(BUNDESLAENDER, { error: `must be a Bundesland code: ${BUNDESLAENDER.join(", ")}` })
      .default(DEFAULT_STATE),
  ),
  CITY_TIME_ZONE: optionalText.pipe(
    z.string().refine(isValidTimeZone, "must be an IANA time zone such as Europe/Berlin").default(DEFAULT_TIME_ZONE),
  ),
  SIGNUP_REMINDER_WORKING_DAYS: wholeNumber({ min: 1, max: 60, fallback: 2 }),
  SIGNUP_ESCALATION_WORKING_DAYS: wholeNumber({ min: 1, max: 60, fallback: 5 }),
  SIGNUP_RELEASE_WORKING_DAYS: wholeNumber({ min: 1, max: 60, fallback: 10 }),
  CHECK_IN_FIRST_DAYS: wholeNumber({ min: 1, max: 90, fallback: 14 }),
  CHECK_IN_SECOND_MONTHS: wholeNumber({ min: 1, max: 24, fallback: 3 }),
  CERTIFICATE_RECHECK_NOTICE_DAYS: wholeNumber({ min: 1, max: 365, fallback: 60 }),
  OPPORTUNITY_CONFIRM_AFTER_DAYS: wholeNumber({ min: 7, max: 730, fallback: 90 }),
  OPPORTUNITY_CONFIRM_WITHIN_DAYS: wholeNumber({ min: 1, max: 90, fallback: 14 }),
  // Retention (src/services/jobs/retention-jobs.ts). The defaults are what PRIVACY.md and the
  // privacy notice promise; the bounds keep a typo from deleting data at once or keeping it for ever.
  RETENTION_INACTIVE_MONTHS: wholeNumber({ min: 1, max: 60, fallback: 12 }),
  RETENTION_SIGNUP_TEXT_MONTHS: wholeNumber({ min: 1, max: 60, fallback: 6 }),
  RETENTION_CONVERSATION_MONTHS: wholeNumber({ min: 1, max: 60, fallback: 6 }),
  // § 72a (5) SGB VIII: at the latest three months after the activity ended; 0 = at the next run.
  RETENTION_CERTIFICATE_MONTHS: wholeNumber({ min: 0, max: 3, fallback: 3, messages: { format: "must be a whole number", min: "must be at least 0", max: "must be at most 3 (§ 72a (5) SGB VIII: three months after the activity ended at the latest)" } }),
  RETENTION_NOTIFICATION_DAYS: wholeNumber({ min: 1, max: 365, fallback: 30 }),
  RETENTION_DIALOGUE_DAYS: wholeNumber({ min: 1, max: 365, fallback: 30 }),
  // Telegram re-delivers an update for up to a day: a shorter memory would let a repeat through.
  RETENTION_TELEGRAM_UPDATE_HOURS: wholeNumber({ min: 24, max: 168, fallback: 24 }),
  LOG_LEVEL: optionalText.pipe(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional()),
  // Who is responsible for the residents' data, as the privacy notice (/datenschutz) names them
  // (Art. 13 DSGVO). Unset, the notice shows a placeholder; see README, "Privacy".
  PRIVACY_CONTROLLER: optionalText.pipe(oneLine(300).optional()),
  PRIVACY_CONTACT_EMAIL: optionalText.pipe(z.email("must be an e-mail address such as datenschutz@example.org").max(254, "must be at most 254 characters").optional()),
  PRIVACY_DPO: optionalText.pipe(oneLine(300).optional()),
});

export interface Config {
  databaseUrl: string;
  /** null = not set: the entry point picks a default for its mode. */
  logLevel: string | null;
  telegram:
    | null
    | {
        token: string;
        apiRoot: string;
        /** How long start-up tries to reach Telegram (getMe) before it gives up with one line. */
        startupTimeoutMs: number;
        webhook: null | { url: string; secret: string };
      };
  outbox: {
    /** Failed attempts after which a notification is parked and the network channel told. */
    maxAttempts: number;
  };
  /** Where the city is: its working days (weekends and the Bundesland's public holidays off). */
  city: {
    state: Bundesland;
    timeZone: string;
  };
  /** When the bot chases a signup nobody acted on, in the city's working days since it came in. */
  followUps: {
    /** A reminder in the signup's Slack thread, mentioning the organisation's coordinators. */
    reminderWorkingDays: number;
    /** A notice in the network channel. */
    escalationWorkingDays: number;
    /** The resident is told that nobody answered yet, gets alternatives, keeps or withdraws. */
    releaseWorkingDays: number;
  };
  /** Questions to the resident after "accepted": "Hat es geklappt?" and "Sind Sie noch dabei?". */
  checkIns: {
    firstAfterDays: number;
    secondAfterMonths: number;
  };
  /** Führungszeugnis: the coordinators are reminded this many days before a recorded one is due again (issued + 5 years). */
  certificates: {
    recheckNoticeDays: number;
  };
  /** Keeping offers fresh: when an offer is asked about, and how long its organisation has to answer. */
  freshness: {
    /** An offer not confirmed for this many days is asked about in its organisation's Slack channel. */
    confirmAfterDays: number;
    /** Unanswered this many days after the question, it is no longer recommended. */
    answerWithinDays: number;
  };
  /** How long personal data is kept once it has served its purpose (the retention jobs). */
  retention: {
    /** Residents without contact for this many months are erased. */
    inactiveResidentMonths: number;
    /** Message and status reasons of a declined or withdrawn signup, months after it ended. */
    signupTextMonths: number;
    /** Conversations with the team and check-ins, months after the signup ended (or the last message). */
    conversationMonths: number;
    /** Führungszeugnis dates, months after the signup ended (0-3). */
    certificateMonths: number;
    /** Delivered and parked notifications, days after delivery or parking. */
    notificationDays: number;
    /** Telegram update records, hours after they arrived. */
    telegramUpdateHours: number;
    /** Dialogues left in the middle, days after they last moved. */
    dialogueDays: number;
  };
  /** Whom the privacy notice names; null = not filled in yet (the notice shows a placeholder). */
  privacy: PrivacyContacts;
  /** Port of the HTTP server for the Telegram webhook and Slack interactivity, when either is on. */
  port: number;
  slack:
    | null
    | {
        token: string;
        apiUrl: string;
        networkChannel: string;
        /** Set when coordinators' buttons should work (Slack posts interactions to us). */
        signingSecret: string | null;
        /**
         * App-level token (xapp-…): Socket Mode. The app opens a WebSocket to Slack and receives the
         * clicks over it, needing no public URL; the signing secret is then not used.
         */
        appToken: string | null;
      };
}

/** The controller and the data-protection officer, as the network entered them (PRIVACY_*). */
export interface PrivacyContacts {
  /** Name and address of the controller (the network's Träger). */
  controller: string | null;
  /** The controller's e-mail address for data-protection questions. */
  contactEmail: string | null;
  /** The data-protection officer's name and contact. */
  dpo: string | null;
}

function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.output<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? "environment"), issue.message);
  }
  return result.data;
}

/** DATABASE_URL alone, for the database commands (npm run db:migrate, db:seed). */
export function parseDatabaseUrl(env: NodeJS.ProcessEnv): string {
  return parseEnv(envSchema.pick({ DATABASE_URL: true }), env).DATABASE_URL;
}

/** TELEGRAM_BOT_USERNAME alone (without "@"), for `lotse qr`; null when it is not set. */
export function parseTelegramBotUsername(env: NodeJS.ProcessEnv): string | null {
  return parseEnv(envSchema.pick({ TELEGRAM_BOT_USERNAME: true }), env).TELEGRAM_BOT_USERNAME ?? null;
}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const vars = parseEnv(envSchema, env);

  if (vars.TELEGRAM_WEBHOOK_URL && !vars.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError("TELEGRAM_WEBHOOK_SECRET", "is required with TELEGRAM_WEBHOOK_URL, so that only Telegram can call the webhook");
  }
  if ((vars.TELEGRAM_WEBHOOK_URL || vars.TELEGRAM_WEBHOOK_SECRET) && !vars.TELEGRAM_BOT_TOKEN) {
    throw new ConfigError("TELEGRAM_BOT_TOKEN", "is required for webhook mode");
  }
  if (vars.SLACK_BOT_TOKEN && !vars.SLACK_NETWORK_CHANNEL) {
    throw new ConfigError("SLACK_NETWORK_CHANNEL", "is required with SLACK_BOT_TOKEN: signups of organisations without a channel go there");
  }
  if (vars.SLACK_SIGNING_SECRET && !vars.SLACK_BOT_TOKEN) {
    throw new ConfigError("SLACK_BOT_TOKEN", "is required with SLACK_SIGNING_SECRET");
  }
  if (vars.SLACK_APP_TOKEN && !vars.SLACK_BOT_TOKEN) {
    throw new ConfigError("SLACK_BOT_TOKEN", "is required with SLACK_APP_TOKEN");
  }
  if (vars.SIGNUP_ESCALATION_WORKING_DAYS <= vars.SIGNUP_REMINDER_WORKING_DAYS) {
    throw new ConfigError(
      "SIGNUP_ESCALATION_WORKING_DAYS",
      `must be more than SIGNUP_REMINDER_WORKING_DAYS (${vars.SIGNUP_REMINDER_WORKING_DAYS}): the organisation is reminded before the network hears of it`,
    );
  }

  if (vars.SIGNUP_RELEASE_WORKING_DAYS <= vars.SIGNUP_ESCALATION_WORKING_DAYS) {
    throw new ConfigError(
      "SIGNUP_RELEASE_WORKING_DAYS",
      `must be more than SIGNUP_ESCALATION_WORKING_DAYS (${vars.SIGNUP_ESCALATION_WORKING_DAYS}): the network tries before the resident is released`,
    );
  }
  if (vars.CHECK_IN_SECOND_MONTHS * 28 <= vars.CHECK_IN_FIRST_DAYS) {
    throw new ConfigError("CHECK_IN_SECOND_MONTHS", `must come after CHECK_IN_FIRST_DAYS (${vars.CHECK_IN_FIRST_DAYS} days)`);
  }

  return {
    databaseUrl: vars.DATABASE_URL,
    logLevel: vars.LOG_LEVEL ?? null,
    port: vars.PORT,
    outbox: { maxAttempts: vars.OUTBOX_MAX_ATTEMPTS },
    city: { state: vars.CITY_STATE, timeZone: vars.CITY_TIME_ZONE },
    followUps: {
      reminderWorkingDays: vars.SIGNUP_REMINDER_WORKING_DAYS,
      escalationWorkingDays: vars.SIGNUP_ESCALATION_WORKING_DAYS,
      releaseWorkingDays: vars.SIGNUP_RELEASE_WORKING_DAYS,
    },
    checkIns: { firstAfterDays: vars.CHECK_IN_FIRST_DAYS, secondAfterMonths: vars.CHECK_IN_SECOND_MONTHS },
    certificates: { recheckNoticeDays: vars.CERTIFICATE_RECHECK_NOTICE_DAYS },
    freshness: { confirmAfterDays: vars.OPPORTUNITY_CONFIRM_AFTER_DAYS, answerWithinDays: vars.OPPORTUNITY_CONFIRM_WITHIN_DAYS },
    retention: {
      inactiveResidentMonths: vars.RETENTION_INACTIVE_MONTHS,
      signupTextMonths: vars.RETENTION_SIGNUP_TEXT_MONTHS,
      conversationMonths: vars.RETENTION_CONVERSATION_MONTHS,
      certificateMonths: vars.RETENTION_CERTIFICATE_MONTHS,
      notificationDays: vars.RETENTION_NOTIFICATION_DAYS,
      telegramUpdateHours: vars.RETENTION_TELEGRAM_UPDATE_HOURS,
      dialogueDays: vars.RETENTION_DIALOGUE_DAYS,
    },
    privacy: { controller: vars.PRIVACY_CONTROLLER ?? null, contactEmail: vars.PRIVACY_CONTACT_EMAIL ?? null, dpo: vars.PRIVACY_DPO ?? null },
    telegram: vars.TELEGRAM_BOT_TOKEN
      ? {
          token: vars.TELEGRAM_BOT_TOKEN,
          apiRoot: vars.TELEGRAM_API_ROOT.replace(/\/+$/, ""),
          startupTimeoutMs: vars.TELEGRAM_STARTUP_TIMEOUT * 1000,
          webhook:
            vars.TELEGRAM_WEBHOOK_URL && vars.TELEGRAM_WEBHOOK_SECRET
              ? { url: vars.TELEGRAM_WEBHOOK_URL, secret: vars.TELEGRAM_WEBHOOK_SECRET }
              : null,
        }
      : null,
    slack:
      vars.SLACK_BOT_TOKEN && vars.SLACK_NETWORK_CHANNEL
        ? {
            token: vars.SLACK_BOT_TOKEN,
            apiUrl: vars.SLACK_API_URL.endsWith("/") ? vars.SLACK_API_URL : `${vars.SLACK_API_URL}/`,
            networkChannel: vars.SLACK_NETWORK_CHANNEL,
            signingSecret: vars.SLACK_SIGNING_SECRET ?? null,
            appToken: vars.SLACK_APP_TOKEN ?? null,
          }
        : null,
  };
}
