// The retention jobs as the app runs them: their names and schedule, the periods from the
// settings (RETENTION_* variables), runs that return counts only and leave nothing on disk.
import { existsSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { createSilentLogger } from "../../../src/logger";
import type { Job } from "../../../src/services/jobs/define-job";
import { RETENTION_EVERY_MS, RETENTION_JOBS, retentionJobs } from "../../../src/services/jobs/retention-jobs";
import { DEFAULT_RETENTION_SETTINGS } from "../../../src/services/retention/retention-periods";
import { recordTelegramUpdate } from "../../../src/services/telegram-update/record-telegram-update";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createMiniNetwork, createResident } from "../fixtures";
import { ENDED, MINUTE, monthsAfter, retentionNetwork } from "./retention-fixtures";

let db: TestDatabase;
let prisma: PrismaClient;
beforeEach(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterEach(() => db.close());

const logger = createSilentLogger();
function jobNamed(jobs: Job[], name: string): Job {
  const job = jobs.find((candidate) => candidate.name === name);
  if (!job) throw new Error(`no job ${name}`);
  return job;
}

describe("retentionJobs", () => {
  it("are nine jobs every six hours", () => {
    const jobs = retentionJobs({ prisma });
    expect(jobs.map((job) => job.name)).toEqual(Object.values(RETENTION_JOBS));
    expect(jobs.map((job) => job.name)).toEqual([
      "erase-inactive-residents",
      "delete-old-telegram-updates",
      "clear-signup-texts",
      "delete-old-conversations",
      "delete-old-check-ins",
      "clear-certificate-dates",
      "delete-old-notifications",
      "delete-abandoned-dialogues",
      "delete-old-broadcasts",
    ]);
    for (const job of jobs) expect(job.everyMs).toBe(RETENTION_EVERY_MS);
  });

  it("refuse periods the law or Telegram does not allow", () => {
    expect(() => retentionJobs({ prisma, settings: { ...DEFAULT_RETENTION_SETTINGS, certificateMonths: 6 } })).toThrow();
    expect(() => retentionJobs({ prisma, settings: { ...DEFAULT_RETENTION_SETTINGS, telegramUpdateHours: 1 } })).toThrow();
  });

  it("erase residents after RETENTION_INACTIVE_MONTHS calendar months without contact", async () => {
    const lastActive = new Date("2027-02-28T10:00:00Z");
    await createMiniNetwork(prisma);
    await createResident(prisma, "quiet", { lastActiveAt: lastActive });
    const twelve = jobNamed(retentionJobs({ prisma }), RETENTION_JOBS.inactiveResidents);
    expect(await twelve.run({ now: new Date("2028-02-28T10:00:00Z"), logger })).toEqual({ erased: 0, withdrawnSignups: 0 });
    expect(await twelve.run({ now: new Date("2028-02-28T10:01:00Z"), logger })).toEqual({ erased: 1, withdrawnSignups: 0 });
    expect(await twelve.run({ now: new Date("2028-02-28T10:02:00Z"), logger })).toEqual({ erased: 0, withdrawnSignups: 0 });

    await createResident(prisma, "also-quiet", { lastActiveAt: lastActive });
    const six = jobNamed(retentionJobs({ prisma, settings: { ...DEFAULT_RETENTION_SETTINGS, inactiveResidentMonths: 6 } }), RETENTION_JOBS.inactiveResidents);
    expect(await six.run({ now: new Date("2027-08-28T10:00:00Z"), logger })).toEqual({ erased: 0, withdrawnSignups: 0 });
    expect(await six.run({ now: new Date("2027-08-28T10:01:00Z"), logger })).toEqual({ erased: 1, withdrawnSignups: 0 });
    expect(await prisma.resident.count()).toBe(0);
  });

  it("forget Telegram updates after RETENTION_TELEGRAM_UPDATE_HOURS", async () => {
    const received = new Date("2027-03-01T12:00:00Z");
    await recordTelegramUpdate({ prisma, updateId: 1, payload: "{}", now: received });
    const job = jobNamed(retentionJobs({ prisma, settings: { ...DEFAULT_RETENTION_SETTINGS, telegramUpdateHours: 48 } }), RETENTION_JOBS.telegramUpdates);

    expect(await job.run({ now: new Date(received.getTime() + 47 * 60 * MINUTE), logger })).toEqual({ deleted: 0, unhandled: 0 });
    expect(await job.run({ now: new Date(received.getTime() + 49 * 60 * MINUTE), logger })).toEqual({ deleted: 1, unhandled: 1 });
  });

  it("return counts only, and a second run at the same time finds nothing", async () => {
    const network = await retentionNetwork(prisma);
    const ended = await network.signup({ ends: "declined", at: ENDED, reason: "Leider voll." }, { message: "Ich komme gern.", certificate: true });
    await network.question(ended.residentId, ended, ENDED);
    const now = monthsAfter(ENDED, 7);
    const jobs = retentionJobs({ prisma, settings: { ...DEFAULT_RETENTION_SETTINGS, inactiveResidentMonths: 60 } });

    const first: Record<string, Record<string, number>> = {};
    for (const job of jobs) first[job.name] = await job.run({ now, logger });
    expect(first).toMatchObject({
      "clear-signup-texts": { messages: 1, reasons: 1 },
      "delete-old-conversations": { threads: 1, messages: 1 },
      "clear-certificate-dates": { certificates: 1, recheckMarks: 0 },
    });
    for (const counts of Object.values(first)) for (const value of Object.values(counts)) expect(typeof value).toBe("number");
    for (const job of jobs) {
      const again = await job.run({ now, logger });
      expect(Object.values(again).every((count) => count === 0), `${job.name}: ${JSON.stringify(again)}`).toBe(true);
    }
  });

  it("leave what they deleted in neither file on disk: each run ends with an empty write-ahead log", async () => {
    const network = await retentionNetwork(prisma);
    const reason = "Wohnt zu weit vom Treffpunkt am Quellenbrink.";
    const message = "Ich komme gern, Grüße von Hildegard.";
    const ended = await network.signup({ ends: "declined", at: ENDED, reason }, { message, certificate: true });
    await network.question(ended.residentId, ended, ENDED);
    const jobs = retentionJobs({ prisma, settings: { ...DEFAULT_RETENTION_SETTINGS, inactiveResidentMonths: 60 } });
    const onDisk = (suffix: string) => (existsSync(db.filePath + suffix) ? readFileSync(db.filePath + suffix) : Buffer.alloc(0));
    expect(onDisk("-wal").includes(reason)).toBe(true);

    for (const job of jobs) {
      await job.run({ now: monthsAfter(ENDED, 7), logger });
      expect(onDisk("-wal").length, job.name).toBe(0);
    }
    for (const text of [reason, message]) expect(onDisk("").includes(text), text).toBe(false);
  });
});
