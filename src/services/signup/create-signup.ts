import { sqliteDateTime, storedDate, writeTogether, type StoredWhole } from "../../db/direct";
import { unavailableReason, type UnavailableReason } from "../../domain/availability";
import { OPEN_SIGNUP_STATUSES } from "../../domain/signup-status";
import type { PrismaClient } from "../../generated/prisma/client";
import { enqueueNotificationDirectly } from "../notification/enqueue";
import { AVAILABILITY_COLUMNS, storedAvailability, type StoredAvailability } from "../opportunity/stored-availability";
import { recordStatusEventDirectly } from "./record-status-event";

export class SignupDuplicateError extends Error {
  constructor(readonly signupId: number) {
    super(`signup ${signupId} already exists`);
    this.name = "SignupDuplicateError";
  }
}

export class OpportunityUnavailableError extends Error {
  constructor(
    readonly opportunityId: number,
    readonly reason: UnavailableReason | "unknown",
  ) {
    super(`opportunity ${opportunityId} is not open for signups: ${reason}`);
    this.name = "OpportunityUnavailableError";
  }
}

export interface CreateSignupOptions {
  prisma: PrismaClient;
  residentId: number;
  opportunityId: number;
  message: string | null;
  /**
   * The resident's Telegram username as the channel knows it now (null: they have none). A signup
   * records the resident's consent to pass their first name and Telegram contact to the
   * organisation, so this is when the username is stored (or updated, or removed when they no
   * longer have one). Undefined leaves the stored value alone (callers without a chat identity).
   */
  telegramUsername?: string | null;
  now: Date;
  /** Wakes the outbox worker once the signup is committed. */
  wakeOutbox?: () => void;
}

/** The signup as it stands after createSignup: new, with the contact consent of this moment. */
export interface CreatedSignup {
  id: number;
  residentId: number;
  opportunityId: number;
  message: string | null;
  status: "new";
  contactConsentAt: Date;
  /** When it first came in; a reopened signup keeps its first day. */
  createdAt: Date;
  statusChangedAt: Date;
}

const OPPORTUNITY = `SELECT ${AVAILABILITY_COLUMNS} FROM Opportunity o JOIN Organisation g ON g.id = o.organisationId WHERE o.id = ?`;
const OPEN_SIGNUPS = `SELECT COUNT(*) AS n FROM Signup WHERE opportunityId = ? AND status IN (${OPEN_SIGNUP_STATUSES.map(() => "?").join(", ")})`;
const EXISTING = "SELECT id, status, createdAt FROM Signup WHERE residentId = ? AND opportunityId = ?";
const INSERT = `
  INSERT INTO Signup (residentId, opportunityId, message, status, contactConsentAt, anonymisedAt, createdAt, updatedAt, statusChangedAt)
  VALUES (?, ?, ?, 'new', ?, NULL, ?, ?, ?) RETURNING id`;
// anonymisedAt: a signup withdrawn together with the consent (withdrawSignup's withdrawConsent)
// was anonymised; signing up again gives the consent anew, so the organisation sees the person again.
const REOPEN = "UPDATE Signup SET message = ?, status = 'new', contactConsentAt = ?, anonymisedAt = NULL, statusChangedAt = ?, updatedAt = ? WHERE id = ?";
const SET_USERNAME = "UPDATE Resident SET telegramUsername = ? WHERE id = ?";

/**
 * Signs a resident up and, in the same transaction, queues the Slack notification for the
 * organisation, so a crash between the two can neither lose nor invent a notification.
 * A second tap on "sign up" finds the unique (resident, opportunity) pair and is refused;
 * a resident who withdrew earlier and signs up again reopens the same row (the unique pair
 * allows one row), which the organisation hears of as a new signup.
 * Once per signup, but up to ten statements: straight to SQLite (src/db/direct.ts), all or nothing
 * in one piece of writeTogether. Its statements run without a break and its transaction holds the
 * write lock from the start, so two taps at once (even from two processes) are two pieces one
 * after the other, and the second finds the first's signup.
 */
export async function createSignup(options: CreateSignupOptions): Promise<CreatedSignup> {
  const { prisma, residentId, opportunityId, message, now } = options;
  const at = sqliteDateTime(now);
  const signup = await writeTogether(prisma, (database): CreatedSignup => {
    const opportunity = database.prepare(OPPORTUNITY).get(opportunityId) as StoredAvailability | undefined;
    if (!opportunity) throw new OpportunityUnavailableError(opportunityId, "unknown");

    const openSignups = opportunity.capacity === null ? 0 : Number((database.prepare(OPEN_SIGNUPS).get(opportunityId, ...OPEN_SIGNUP_STATUSES) as { n: StoredWhole }).n);
    const unavailable = unavailableReason(storedAvailability(opportunity, openSignups), now);
    if (unavailable !== null && unavailable !== "full") throw new OpportunityUnavailableError(opportunityId, unavailable);

    const existing = database.prepare(EXISTING).get(residentId, opportunityId) as { id: StoredWhole; status: string; createdAt: string } | undefined;
    // Checked before "full": a second tap is told it is signed up already, even if it took the last place.
    if (existing && existing.status !== "withdrawn") throw new SignupDuplicateError(Number(existing.id));
    if (unavailable === "full") throw new OpportunityUnavailableError(opportunityId, "full");

    let id: number;
    let createdAt = now;
    if (existing) {
      id = Number(existing.id);
      createdAt = storedDate(existing.createdAt)!;
      database.prepare(REOPEN).run(message, at, at, at, id);
      // Signing up again is a status change too (withdrawn → new); a first signup has no "before".
      recordStatusEventDirectly(database, { signupId: id, from: "withdrawn", to: "new", actor: { kind: "resident" }, at: now });
    } else {
      // createdAt from the same clock as statusChangedAt, so age and answer times agree with it.
      id = Number((database.prepare(INSERT).get(residentId, opportunityId, message, at, at, at, at) as { id: StoredWhole }).id);
    }
    if (options.telegramUsername !== undefined) database.prepare(SET_USERNAME).run(options.telegramUsername, residentId);
    enqueueNotificationDirectly(database, "signup-created", { signupId: id });
    return { id, residentId, opportunityId, message, status: "new", contactConsentAt: now, createdAt, statusChangedAt: now };
  });
  options.wakeOutbox?.();
  return signup;
}
