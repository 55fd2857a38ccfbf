-- CreateTable
CREATE TABLE "OrganisationTranslation" (
    "organisationId" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    PRIMARY KEY ("organisationId", "locale"),
    CONSTRAINT "OrganisationTranslation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OpportunityTranslation" (
    "opportunityId" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT,

    PRIMARY KEY ("opportunityId", "locale"),
    CONSTRAINT "OpportunityTranslation_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Written by hand: the English texts move from the old columns into the translation table
-- before the table is rebuilt without them (German stays on Opportunity as the source text).
INSERT INTO "OpportunityTranslation" ("opportunityId", "locale", "title", "summary", "description")
SELECT "id", 'en', "titleEn", "summaryEn", "descriptionEn" FROM "Opportunity";

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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Opportunity_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Opportunity_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Opportunity" ("active", "capacity", "createdAt", "description", "districtId", "frequency", "hoursPerWeek", "id", "languagesHelpful", "languagesRequired", "locationKind", "minAge", "minCommitmentMonths", "organisationId", "requirements", "schedule", "slug", "summary", "title", "updatedAt", "validUntil") SELECT "active", "capacity", "createdAt", "description", "districtId", "frequency", "hoursPerWeek", "id", "languagesHelpful", "languagesRequired", "locationKind", "minAge", "minCommitmentMonths", "organisationId", "requirements", "schedule", "slug", "summary", "title", "updatedAt", "validUntil" FROM "Opportunity";
DROP TABLE "Opportunity";
ALTER TABLE "new_Opportunity" RENAME TO "Opportunity";
CREATE UNIQUE INDEX "Opportunity_slug_key" ON "Opportunity"("slug");
CREATE INDEX "Opportunity_active_idx" ON "Opportunity"("active");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OpportunityTranslation_locale_idx" ON "OpportunityTranslation"("locale");
