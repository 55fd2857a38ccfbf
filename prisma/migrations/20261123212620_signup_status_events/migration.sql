-- CreateTable
CREATE TABLE "SignupStatusEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "signupId" INTEGER NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SignupStatusEvent_signupId_fkey" FOREIGN KEY ("signupId") REFERENCES "Signup" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobMark" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "doneAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SignupStatusEvent_signupId_id_idx" ON "SignupStatusEvent"("signupId", "id");

-- CreateIndex
CREATE INDEX "Signup_status_statusChangedAt_idx" ON "Signup"("status", "statusChangedAt");

-- Written by hand: signups that left "new" before events were recorded get one event each, so
-- their history does not start empty and the Slack message says when the status was set. Who
-- set it and from which status is not known any more: actor "system", fromStatus NULL.
INSERT INTO "SignupStatusEvent" ("signupId", "fromStatus", "toStatus", "actor", "reason", "createdAt")
SELECT "id", NULL, "status", 'system', NULL, "statusChangedAt" FROM "Signup" WHERE "status" <> 'new' ORDER BY "statusChangedAt", "id";
