-- AlterTable
ALTER TABLE "Opportunity" ADD COLUMN "pausedAt" DATETIME;
ALTER TABLE "Opportunity" ADD COLUMN "pausedBy" TEXT;

-- AlterTable
ALTER TABLE "Signup" ADD COLUMN "certificateIssuedAt" DATETIME;
ALTER TABLE "Signup" ADD COLUMN "certificateRecordedBy" TEXT;
ALTER TABLE "Signup" ADD COLUMN "certificateSeenAt" DATETIME;

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "signupId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "askedAt" DATETIME NOT NULL,
    "answer" TEXT,
    "answeredAt" DATETIME,
    CONSTRAINT "CheckIn_signupId_fkey" FOREIGN KEY ("signupId") REFERENCES "Signup" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RelayThread" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "residentId" INTEGER NOT NULL,
    "organisationId" INTEGER,
    "signupId" INTEGER,
    "slackChannel" TEXT,
    "slackTs" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RelayThread_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RelayThread_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "RelayThread_signupId_fkey" FOREIGN KEY ("signupId") REFERENCES "Signup" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RelayMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "threadId" INTEGER NOT NULL,
    "direction" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "slackUserId" TEXT,
    "slackEventTs" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RelayMessage_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "RelayThread" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Broadcast" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "opportunityId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "slackUserId" TEXT NOT NULL,
    "recipientCount" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Broadcast_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecommendationShown" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "opportunityId" INTEGER NOT NULL,
    "shownAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RecommendationShown_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CheckIn_askedAt_idx" ON "CheckIn"("askedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_signupId_kind_key" ON "CheckIn"("signupId", "kind");

-- CreateIndex
CREATE INDEX "RelayThread_slackChannel_slackTs_idx" ON "RelayThread"("slackChannel", "slackTs");

-- CreateIndex
CREATE INDEX "RelayThread_residentId_idx" ON "RelayThread"("residentId");

-- CreateIndex
CREATE UNIQUE INDEX "RelayMessage_slackEventTs_key" ON "RelayMessage"("slackEventTs");

-- CreateIndex
CREATE INDEX "RelayMessage_threadId_id_idx" ON "RelayMessage"("threadId", "id");

-- CreateIndex
CREATE INDEX "RecommendationShown_shownAt_idx" ON "RecommendationShown"("shownAt");
