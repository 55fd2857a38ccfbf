-- CreateTable
CREATE TABLE "Organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "website" TEXT,
    "contactName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "slackChannel" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Coordinator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "slackUserId" TEXT NOT NULL,
    "organisationId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Coordinator_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "District" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Interest" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Opportunity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "locationKind" TEXT NOT NULL,
    "districtId" INTEGER,
    "schedule" TEXT NOT NULL DEFAULT '[]',
    "hoursPerWeek" REAL NOT NULL,
    "frequency" TEXT NOT NULL,
    "minCommitmentMonths" INTEGER,
    "languagesHelpful" TEXT NOT NULL DEFAULT '[]',
    "languagesRequired" TEXT NOT NULL DEFAULT '[]',
    "requirements" TEXT NOT NULL DEFAULT '[]',
    "minAge" INTEGER,
    "capacity" INTEGER,
    "validUntil" DATETIME,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Opportunity_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Opportunity_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Resident" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "channelUserId" TEXT NOT NULL,
    "telegramUsername" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "firstName" TEXT,
    "timeSlots" TEXT NOT NULL DEFAULT '[]',
    "hoursPerWeek" INTEGER,
    "districtChoice" TEXT,
    "districtId" INTEGER,
    "languages" TEXT NOT NULL DEFAULT '[]',
    "consentAt" DATETIME,
    "consentVersion" TEXT,
    "profileCompleteAt" DATETIME,
    "lastActiveAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Resident_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Signup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "residentId" INTEGER,
    "opportunityId" INTEGER NOT NULL,
    "message" TEXT,
    "status" TEXT NOT NULL DEFAULT 'new',
    "contactConsentAt" DATETIME,
    "anonymisedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "statusChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Signup_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Signup_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "channelUserId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "externalRef" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "_DistrictNeighbours" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_DistrictNeighbours_A_fkey" FOREIGN KEY ("A") REFERENCES "District" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_DistrictNeighbours_B_fkey" FOREIGN KEY ("B") REFERENCES "District" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_InterestToOpportunity" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_InterestToOpportunity_A_fkey" FOREIGN KEY ("A") REFERENCES "Interest" ("key") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_InterestToOpportunity_B_fkey" FOREIGN KEY ("B") REFERENCES "Opportunity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_InterestToResident" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_InterestToResident_A_fkey" FOREIGN KEY ("A") REFERENCES "Interest" ("key") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_InterestToResident_B_fkey" FOREIGN KEY ("B") REFERENCES "Resident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Coordinator_slackUserId_key" ON "Coordinator"("slackUserId");

-- CreateIndex
CREATE UNIQUE INDEX "District_slug_key" ON "District"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_slug_key" ON "Opportunity"("slug");

-- CreateIndex
CREATE INDEX "Opportunity_active_idx" ON "Opportunity"("active");

-- CreateIndex
CREATE UNIQUE INDEX "Resident_channel_channelUserId_key" ON "Resident"("channel", "channelUserId");

-- CreateIndex
CREATE INDEX "Signup_opportunityId_status_idx" ON "Signup"("opportunityId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Signup_residentId_opportunityId_key" ON "Signup"("residentId", "opportunityId");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_channel_channelUserId_key" ON "Conversation"("channel", "channelUserId");

-- CreateIndex
CREATE INDEX "Notification_status_nextAttemptAt_idx" ON "Notification"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "_DistrictNeighbours_AB_unique" ON "_DistrictNeighbours"("A", "B");

-- CreateIndex
CREATE INDEX "_DistrictNeighbours_B_index" ON "_DistrictNeighbours"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_InterestToOpportunity_AB_unique" ON "_InterestToOpportunity"("A", "B");

-- CreateIndex
CREATE INDEX "_InterestToOpportunity_B_index" ON "_InterestToOpportunity"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_InterestToResident_AB_unique" ON "_InterestToResident"("A", "B");

-- CreateIndex
CREATE INDEX "_InterestToResident_B_index" ON "_InterestToResident"("B");
