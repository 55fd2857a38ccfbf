-- AlterTable
ALTER TABLE "Signup" ADD COLUMN "slackChannel" TEXT;
ALTER TABLE "Signup" ADD COLUMN "slackTs" TEXT;

-- CreateTable
CREATE TABLE "TelegramUpdate" (
    "updateId" BIGINT NOT NULL PRIMARY KEY,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" TEXT,
    "handledAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Notification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "stream" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "externalRef" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "parkedAt" DATETIME
);
-- Written by hand: the generated copy would fail on the new NOT NULL "stream" column. Each
-- existing row gets the stream its kind would give it now; rows that failed for good become
-- "parked"; a status change for a resident learns the resident id its stream is named by.
INSERT INTO "new_Notification" ("attempts", "channel", "createdAt", "externalRef", "id", "kind", "lastError", "nextAttemptAt", "payload", "sentAt", "status", "stream", "parkedAt")
SELECT
    n."attempts", n."channel", n."createdAt", n."externalRef", n."id", n."kind", n."lastError", n."nextAttemptAt",
    CASE
        WHEN n."channel" = 'telegram' AND s."residentId" IS NOT NULL THEN json_set(n."payload", '$.residentId', s."residentId")
        ELSE n."payload"
    END,
    n."sentAt",
    CASE WHEN n."status" = 'failed' THEN 'parked' ELSE n."status" END,
    CASE
        WHEN n."channel" = 'slack' AND s."id" IS NOT NULL THEN 'slack:signup:' || s."id"
        WHEN n."channel" = 'telegram' AND s."residentId" IS NOT NULL THEN 'telegram:resident:' || s."residentId"
        ELSE n."channel" || ':legacy:' || n."id"
    END,
    CASE WHEN n."status" = 'failed' THEN n."nextAttemptAt" ELSE NULL END
FROM "Notification" n
LEFT JOIN "Signup" s ON s."id" = (CASE WHEN json_valid(n."payload") THEN json_extract(n."payload", '$.signupId') END);
DROP TABLE "Notification";
ALTER TABLE "new_Notification" RENAME TO "Notification";
CREATE INDEX "Notification_status_nextAttemptAt_idx" ON "Notification"("status", "nextAttemptAt");
CREATE INDEX "Notification_stream_status_id_idx" ON "Notification"("stream", "status", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "TelegramUpdate_receivedAt_idx" ON "TelegramUpdate"("receivedAt");

-- The Slack message of each signup moves from the notification that posted it to the signup
-- (externalRef "C0123:1700000000.000100" of its latest sent signup-created row).
UPDATE "Signup" SET
    "slackChannel" = (SELECT substr(n."externalRef", 1, instr(n."externalRef", ':') - 1) FROM "Notification" n
        WHERE n."kind" = 'signup-created' AND n."status" = 'sent' AND n."stream" = 'slack:signup:' || "Signup"."id" AND instr(n."externalRef", ':') > 0
        ORDER BY n."id" DESC LIMIT 1),
    "slackTs" = (SELECT substr(n."externalRef", instr(n."externalRef", ':') + 1) FROM "Notification" n
        WHERE n."kind" = 'signup-created' AND n."status" = 'sent' AND n."stream" = 'slack:signup:' || "Signup"."id" AND instr(n."externalRef", ':') > 0
        ORDER BY n."id" DESC LIMIT 1);
