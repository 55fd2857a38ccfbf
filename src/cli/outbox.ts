// npm run outbox -- list [--all] | retry <id>
// Shows what the outbox has not delivered (without personal data) and gives a parked
// notification another try. The running bot picks a retried row up within its poll interval.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { ConfigError, parseDatabaseUrl } from "../config";
import { createPrismaClient } from "../db/client";
import { applyMigrations } from "../db/migrate";
import { listNotifications, type OutboxItem } from "../services/notification/list-notifications";
import { NotificationNotParkedError, retryParkedNotification } from "../services/notification/retry-parked-notification";

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs the outbox command; returns the process exit code. */
export async function runOutboxCommand(args: readonly string[], env: NodeJS.ProcessEnv, io: CommandIo = defaultIo): Promise<number> {
  let databaseUrl: string;
  try {
    databaseUrl = parseDatabaseUrl(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`outbox: ${error.message}`);
    return 2;
  }

  let exitCode = 0;
  const withDatabase = async (work: (prisma: ReturnType<typeof createPrismaClient>) => Promise<void>) => {
    await applyMigrations({ databaseUrl });
    const prisma = createPrismaClient(databaseUrl);
    try {
      await work(prisma);
    } finally {
      await prisma.$disconnect();
    }
  };

  const program = new Command("outbox")
    .description("Notifications to Slack and Telegram that are not delivered yet")
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text.trimEnd()), writeErr: (text) => io.err(text.trimEnd()) });

  program
    .command("list")
    .description("pending and parked notifications (ids, kinds, errors; no personal data)")
    .option("--all", "include delivered ones")
    .action(async (options: { all?: boolean }) => {
      await withDatabase(async (prisma) => {
        const { items, counts } = await listNotifications({ prisma, statuses: options.all ? ["pending", "parked", "sent"] : ["pending", "parked"] });
        io.out(`pending ${counts.pending ?? 0} · parked ${counts.parked ?? 0} · sent ${counts.sent ?? 0}`);
        for (const item of items) io.out(formatItem(item));
      });
    });

  program
    .command("retry")
    .description("try a parked notification again")
    .argument("<id>", "notification id (from list)", parseId)
    .action(async (id: number) => {
      await withDatabase(async (prisma) => {
        try {
          await retryParkedNotification({ prisma, notificationId: id, now: new Date() });
          io.out(`notification ${id} is pending again`);
        } catch (error) {
          if (!(error instanceof NotificationNotParkedError)) throw error;
          io.err(`outbox: ${error.message}`);
          exitCode = 1;
        }
      });
    });

  try {
    await program.parseAsync([...args], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  return exitCode;
}

function parseId(value: string): number {
  if (!/^[1-9]\d{0,9}$/.test(value)) throw new InvalidArgumentError("must be a notification id such as 12");
  return Number(value);
}

function formatItem(item: OutboxItem): string {
  const when = item.status === "parked" ? `parked ${item.parkedAt?.toISOString() ?? "?"}` : `next ${item.nextAttemptAt.toISOString()}`;
  return `#${item.id}  ${item.status.padEnd(7)}  ${item.kind.padEnd(21)}  ${item.stream.padEnd(22)}  attempts ${item.attempts}  ${when}  ${item.lastError ?? ""}`.trimEnd();
}

const defaultIo: CommandIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  process.exitCode = await runOutboxCommand(process.argv.slice(2), process.env).catch((error: unknown) => {
    console.error(`outbox: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    return 1;
  });
}
