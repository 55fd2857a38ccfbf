-- CreateTable
CREATE TABLE "OfferChange" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "opportunityId" INTEGER
);

-- Hand-written below: the triggers that fill OfferChange (see the model's comment in
-- prisma/schema.prisma and src/services/opportunity/offer-index.ts). They run inside the writing
-- statement's transaction, so the log and the change commit together, whichever process or tool
-- writes. opportunityId NULL means "reload everything" (districts, neighbours, organisations).

-- Keep the newest 10,000 rows; a process that fell further behind rebuilds its index.
CREATE TRIGGER "OfferChange_prune" AFTER INSERT ON "OfferChange" BEGIN
    DELETE FROM "OfferChange" WHERE "seq" <= NEW."seq" - 10000;
END;

CREATE TRIGGER "OfferChange_opportunity_insert" AFTER INSERT ON "Opportunity" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (NEW."id");
END;
CREATE TRIGGER "OfferChange_opportunity_update" AFTER UPDATE ON "Opportunity" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (NEW."id");
    INSERT INTO "OfferChange" ("opportunityId") SELECT OLD."id" WHERE OLD."id" <> NEW."id";
END;
CREATE TRIGGER "OfferChange_opportunity_delete" AFTER DELETE ON "Opportunity" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (OLD."id");
END;

-- "_InterestToOpportunity": A is the interest key, B the opportunity id.
CREATE TRIGGER "OfferChange_opportunity_interest_insert" AFTER INSERT ON "_InterestToOpportunity" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (NEW."B");
END;
CREATE TRIGGER "OfferChange_opportunity_interest_update" AFTER UPDATE ON "_InterestToOpportunity" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (NEW."B");
    INSERT INTO "OfferChange" ("opportunityId") SELECT OLD."B" WHERE OLD."B" <> NEW."B";
END;
CREATE TRIGGER "OfferChange_opportunity_interest_delete" AFTER DELETE ON "_InterestToOpportunity" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (OLD."B");
END;

-- Open signups hold places (capacity): a signup's status or offer changes the offer's count.
CREATE TRIGGER "OfferChange_signup_insert" AFTER INSERT ON "Signup" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (NEW."opportunityId");
END;
CREATE TRIGGER "OfferChange_signup_update" AFTER UPDATE OF "status", "opportunityId" ON "Signup" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (NEW."opportunityId");
    INSERT INTO "OfferChange" ("opportunityId") SELECT OLD."opportunityId" WHERE OLD."opportunityId" <> NEW."opportunityId";
END;
CREATE TRIGGER "OfferChange_signup_delete" AFTER DELETE ON "Signup" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (OLD."opportunityId");
END;

-- An organisation switched off takes its offers with it.
CREATE TRIGGER "OfferChange_organisation_update" AFTER UPDATE OF "active" ON "Organisation" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (NULL);
END;

-- District names and neighbourhood are part of the index.
CREATE TRIGGER "OfferChange_district_insert" AFTER INSERT ON "District" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (NULL);
END;
CREATE TRIGGER "OfferChange_district_update" AFTER UPDATE ON "District" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (NULL);
END;
CREATE TRIGGER "OfferChange_district_delete" AFTER DELETE ON "District" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (NULL);
END;
CREATE TRIGGER "OfferChange_district_neighbours_insert" AFTER INSERT ON "_DistrictNeighbours" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (NULL);
END;
CREATE TRIGGER "OfferChange_district_neighbours_update" AFTER UPDATE ON "_DistrictNeighbours" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (NULL);
END;
CREATE TRIGGER "OfferChange_district_neighbours_delete" AFTER DELETE ON "_DistrictNeighbours" BEGIN
    INSERT INTO "OfferChange" ("opportunityId") VALUES (NULL);
END;
