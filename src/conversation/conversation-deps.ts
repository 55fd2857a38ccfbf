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
}

export interface ActionContext extends ConversationDeps {
  identity: ResidentIdentity;
  slots: Slots;
  locale: BotLocale;
}
