// What happens to errors nobody caught. Without this, Node prints the whole error object to
// stderr and exits: for a GrammyError that is the request payload (the resident's chat id and
// the text sent to them), and an HttpError carries the URL with the bot token.
import { safeError, type Logger } from "./logger";

export interface ProcessGuardOptions {
  logger: Logger;
  /** process.exit by default. */
  exit?: (code: number) => void;
  /** The process whose events are handled; tests pass an emitter of their own. */
  target?: Pick<NodeJS.Process, "on" | "off">;
}

/**
 * Installs handlers for unhandled rejections and uncaught exceptions; returns a function that
 * removes them again.
 *
 * - A rejected promise nobody awaited is logged and the process keeps running: it leaves no
 *   half-done state in memory (each turn and each delivery has its own database transaction),
 *   and stopping would take Telegram down for every resident because of one failed call.
 * - An uncaught exception is logged and ends the process with code 1: it was thrown from a
 *   callback in the middle of something, and what that left in memory cannot be trusted.
 *   The supervisor (systemd, Docker) starts it again.
 */
export function installProcessGuard(options: ProcessGuardOptions): () => void {
  const { logger } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const target = options.target ?? process;

  const onRejection = (reason: unknown) => {
    logger.error({ err: safeError(reason) }, "unhandled promise rejection; the process keeps running");
  };
  let exiting = false;
  const onException = (error: unknown) => {
    if (exiting) return;
    exiting = true;
    logger.fatal({ err: safeError(error) }, "uncaught exception; exiting");
    // pino writes synchronously to stdout/stderr and files, so the line is out before exit.
    exit(1);
  };

  target.on("unhandledRejection", onRejection);
  target.on("uncaughtException", onException);
  return () => {
    target.off("unhandledRejection", onRejection);
    target.off("uncaughtException", onException);
  };
}
