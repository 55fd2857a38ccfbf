import type { PrivacyContacts } from "../config";
import type { PrismaClient } from "../generated/prisma/client";
import type { EngineContext, Slots } from "../domain/flows/engine";
import type { BotLocale } from "../domain/vocabulary";
import type { Translator } from "../i18n/translator";
import type { Logger } from "../logger";
import type { ResidentIdentity } from "../services/resident/resident-identity";

/** What every channel hands to the conversation layer; built once in src/app.ts. */
export interface ConversationDeps {
  prisma: PrismaClient;
  translator: Translator;
  logger: Logger;
  flows: EngineContext["flows"];
  /** Chat command (without slash) → the flow it starts; derived from the flows once. */
  commands: ReadonlyMap<string, string>;
  now: () => Date;
  /** Wakes the outbox worker; services call it after committing a change that queued a notification. */
  wakeOutbox: () => void;
  /**
   * Whom the privacy notice (/datenschutz) names, from PRIVACY_* (src/config.ts). Missing or null
   * parts are shown as "not filled in yet".
   */
  privacyContacts?: PrivacyContacts;
  /**
   * The retention periods the notice states (RETENTION_* in src/config.ts), so that it says what
   * the jobs do; the defaults where a caller (a test) gives none.
   */
  privacyRetention?: { inactiveResidentMonths: number; signupTextMonths: number; conversationMonths: number };
}

export interface ActionContext extends ConversationDeps {
  identity: ResidentIdentity;
  slots: Slots;
  locale: BotLocale;
}
