// An offer's availability facts (src/domain/availability.ts) as direct statements read them
// (src/db/direct.ts): the columns, from Opportunity `o` joined with its Organisation `g`, and how
// SQLite returns them (flags and counts as integers, dates as text).
import { storedDate, storedFlag, storedWhole, type StoredWhole } from "../../db/direct";
import type { AvailabilityFacts } from "../../domain/availability";

export const AVAILABILITY_COLUMNS = "o.active, o.pausedAt, o.validUntil, o.staleSince, o.capacity, g.active AS organisationActive";

export interface StoredAvailability {
  active: StoredWhole;
  pausedAt: string | null;
  validUntil: string | null;
  staleSince: string | null;
  capacity: StoredWhole | null;
  organisationActive: StoredWhole;
}

export function storedAvailability(row: StoredAvailability, openSignups: number): AvailabilityFacts {
  return {
    active: storedFlag(row.active),
    organisationActive: storedFlag(row.organisationActive),
    pausedAt: storedDate(row.pausedAt),
    validUntil: storedDate(row.validUntil),
    staleSince: storedDate(row.staleSince),
    capacity: storedWhole(row.capacity),
    openSignups,
  };
}
