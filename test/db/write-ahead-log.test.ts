// Emptying the write-ahead log (src/db/write-ahead-log.ts): what was deleted is gone from both
// files on disk, not only from the database file; a reader in another process delays it without
// stalling the bot, and the connection keeps its usual busy timeout afterwards.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUSY_TIMEOUT_MS, createPrismaClient } from "../../src/db/client";
import { directly } from "../../src/db/direct";
import { emptyWriteAheadLog } from "../../src/db/write-ahead-log";
import { captureLogs } from "../support/app-harness";
import { useTestDatabase } from "../support/db";

const NAME = "Hildegard Quellenbrink";

function onDisk(filePath: string): { database: boolean; log: boolean } {
  const contains = (file: string) => existsSync(file) && readFileSync(file).includes(NAME);
  return { database: contains(filePath), log: contains(`${filePath}-wal`) };
}

async function writeAndDelete(prisma: Parameters<typeof directly>[0]): Promise<void> {
  await prisma.jobMark.create({ data: { key: NAME, doneAt: new Date() } });
  await prisma.jobMark.delete({ where: { key: NAME } });
}

describe("emptyWriteAheadLog", () => {
  const db = useTestDatabase();

  it("leaves a deleted row in neither file", async () => {
    await writeAndDelete(db.prisma);
    // Why the function exists: secure_delete cleans the database file, the log still has the row.
    expect(onDisk(db.filePath)).toEqual({ database: false, log: true });

    const { logger, records } = captureLogs("warn");
    expect(await emptyWriteAheadLog({ prisma: db.prisma, logger })).toBe(true);
    expect(onDisk(db.filePath)).toEqual({ database: false, log: false });
    expect(readFileSync(`${db.filePath}-wal`)).toHaveLength(0);
    expect(records).toEqual([]);
  });

  it("gives up quickly while another process reads, says so, and the next call finishes", async () => {
    await writeAndDelete(db.prisma);
    // A read transaction on another connection (as another process would hold) keeps the
    // snapshot that still has the row.
    const other = createPrismaClient(db.databaseUrl);
    let finishReading!: () => void;
    const reading = new Promise<void>((resolve) => (finishReading = resolve));
    let readStarted!: () => void;
    const started = new Promise<void>((resolve) => (readStarted = resolve));
    const reader = other.$transaction(async (tx) => {
      await tx.jobMark.count();
      readStarted();
      await reading;
    });
    try {
      await started;
      const { logger, records } = captureLogs("warn");
      expect(await emptyWriteAheadLog({ prisma: db.prisma, logger })).toBe(false);
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({ level: 40, framesLeft: expect.any(Number) });
      expect(JSON.stringify(records)).not.toContain(NAME);
      finishReading();
      await reader;
      expect(await emptyWriteAheadLog({ prisma: db.prisma, logger })).toBe(true);
      expect(onDisk(db.filePath)).toEqual({ database: false, log: false });
    } finally {
      finishReading();
      await reader.catch(() => {});
      await other.$disconnect();
    }
    // Every other statement still waits as long as before for another process's lock.
    const timeout = await directly(db.prisma, (database) => database.prepare("PRAGMA busy_timeout").get());
    expect(Object.values(timeout as object).map(Number)).toEqual([BUSY_TIMEOUT_MS]);
  });

  it("logs an error and answers false rather than throwing: the deletion before it stands", async () => {
    const { logger, records } = captureLogs("warn");
    const notOurs = {} as Parameters<typeof emptyWriteAheadLog>[0]["prisma"];
    expect(await emptyWriteAheadLog({ prisma: notOurs, logger })).toBe(false);
    expect(records).toMatchObject([{ level: 50, err: { type: "DirectUnavailableError" } }]);
  });
});
