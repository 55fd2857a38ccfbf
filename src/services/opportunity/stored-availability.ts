// An offer's availability facts (src/domain/availability.ts) as direct statements read them
// (src/db/direct.ts): the columns, from Opportunity `o` joined with its Organisation `g`, and how
// SQLite returns them (flags and counts as integers, dates as text).
import { storedDate, storedWhole } from "../../db/direct";
import type { AvailabilityFacts } from "../../domain/availability";

export const AVAILABILITY_COLUMNS = "o.active, o.pausedAt, o.validUntil, o.staleSince, o.capacity, g.active AS organisationActive";

type Whole = number | bigint;

export interface StoredAvailability {
  active: Whole;
  pausedAt: string | null;
  validUntil: string | null;
  staleSince: string | null;
  capacity: Whole | null;
  organisationActive: Whole;
}

export function storedAvailability(row: StoredAvailability, openSignups: number): AvailabilityFacts {
  return {
    active: Number(row.active) === 1,
    organisationActive: Number(row.organisationActive) === 1,
    pausedAt: storedDate(row.pausedAt),
    validUntil: storedDate(row.validUntil),
    staleSince: storedDate(row.staleSince),
    capacity: storedWhole(row.capacity),
    openSignups,
  };
}
