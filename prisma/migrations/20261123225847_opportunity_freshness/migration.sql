-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Opportunity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "locationKind" TEXT NOT NULL,
    "districtId" INTEGER,
    "schedule" TEXT NOT NULL DEFAULT '[]',
    "hoursPerWeek" REAL NOT NULL,
    "frequency" TEXT NOT NULL,
    "minCommitmentMonths" INTEGER,
    "languagesHelpful" TEXT NOT NULL DEFAULT '[]',
    "languagesRequired" TEXT NOT NULL DEFAULT '[]',
    "littleGerman" BOOLEAN NOT NULL DEFAULT false,
    "requirements" TEXT NOT NULL DEFAULT '[]',
    "minAge" INTEGER,
    "capacity" INTEGER,
    "validUntil" DATETIME,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "pausedAt" DATETIME,
    "pausedBy" TEXT,
    "confirmedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "freshnessAskedAt" DATETIME,
    "staleSince" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Opportunity_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Opportunity_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Hand-edited: an offer that exists already counts as confirmed when it was last changed (its
-- updatedAt), not at the moment of the migration, so long-untouched offers are asked about soon.
INSERT INTO "new_Opportunity" ("confirmedAt", "active", "capacity", "createdAt", "description", "districtId", "frequency", "hoursPerWeek", "id", "languagesHelpful", "languagesRequired", "littleGerman", "locationKind", "minAge", "minCommitmentMonths", "organisationId", "pausedAt", "pausedBy", "requirements", "schedule", "slug", "summary", "title", "updatedAt", "validUntil") SELECT "updatedAt", "active", "capacity", "createdAt", "description", "districtId", "frequency", "hoursPerWeek", "id", "languagesHelpful", "languagesRequired", "littleGerman", "locationKind", "minAge", "minCommitmentMonths", "organisationId", "pausedAt", "pausedBy", "requirements", "schedule", "slug", "summary", "title", "updatedAt", "validUntil" FROM "Opportunity";
DROP TABLE "Opportunity";
ALTER TABLE "new_Opportunity" RENAME TO "Opportunity";
CREATE UNIQUE INDEX "Opportunity_slug_key" ON "Opportunity"("slug");
CREATE INDEX "Opportunity_active_idx" ON "Opportunity"("active");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
