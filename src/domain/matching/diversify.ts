// Keeps one organisation from filling a whole page of recommendations when another
// organisation has something nearly as good.
//
// The ranking is cut into windows of `window` places (a page of the chat: first three,
// "more" → next three, …). Walking down the ranking, the next opportunity is taken unless
// its organisation already has `maxPerOrganisation` places in the current window. Then the
// best remaining opportunity of an organisation that still has room in the window is taken
// instead — provided its score is at least (skipped score − scoreTolerance). The skipped
// opportunity stays first in line, so it opens the next window ("more" still shows it).
// When no such alternative exists, the ranking order is kept as it is.
//
// The walk is greedy and never revisits a place, so the first n entries are the same
// whatever `limit` is: pages can be cut from the order with a plain slice.
import type { RankedOpportunity } from "./types";

export interface DiversityOptions {
  /** Places per page; the organisation limit applies to each page separately. */
  window: number;
  maxPerOrganisation: number;
  /** How far below the skipped opportunity an alternative may score, inclusive. */
  scoreTolerance: number;
}

export const DEFAULT_DIVERSITY: DiversityOptions = { window: 3, maxPerOrganisation: 2, scoreTolerance: 10 };

/**
 * The whole ranking (or its first `limit` entries) in diversified order. `ranked` must be
 * sorted as rankOpportunities returns it.
 */
export function diversify(
  ranked: readonly RankedOpportunity[],
  options: Partial<DiversityOptions> & { limit?: number } = {},
): RankedOpportunity[] {
  const { window, maxPerOrganisation, scoreTolerance } = { ...DEFAULT_DIVERSITY, ...options };
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`window must be a positive integer, got ${window}`);
  if (!Number.isInteger(maxPerOrganisation) || maxPerOrganisation < 1) {
    throw new RangeError(`maxPerOrganisation must be a positive integer, got ${maxPerOrganisation}`);
  }
  const limit = Math.min(options.limit ?? ranked.length, ranked.length);

  const taken = new Uint8Array(ranked.length);
  const placesInWindow = new Map<number, number>(); // organisation id → places in current window
  const result: RankedOpportunity[] = [];
  let head = 0; // first position in `ranked` not yet taken

  while (result.length < limit) {
    if (result.length % window === 0) placesInWindow.clear();
    while (taken[head] === 1) head++;
    const next = ranked[head]!;
    let chosen = head;
    if ((placesInWindow.get(next.organisationId) ?? 0) >= maxPerOrganisation) {
      for (let index = head + 1; index < ranked.length; index++) {
        if (taken[index] === 1) continue;
        const candidate = ranked[index]!;
        if (candidate.score < next.score - scoreTolerance) break; // sorted: the rest score lower still
        if ((placesInWindow.get(candidate.organisationId) ?? 0) < maxPerOrganisation) {
          chosen = index;
          break;
        }
      }
    }
    const pick = ranked[chosen]!;
    taken[chosen] = 1;
    placesInWindow.set(pick.organisationId, (placesInWindow.get(pick.organisationId) ?? 0) + 1);
    result.push(pick);
  }
  return result;
}

/**
 * One page of recommendations: `count` entries from `offset` of the diversified order.
 * The order does not depend on count or offset, so page 2 (offset 3) continues page 1.
 */
export function pickRecommendations(
  ranked: readonly RankedOpportunity[],
  options: { count: number; offset?: number; diversity?: Partial<DiversityOptions> },
): RankedOpportunity[] {
  const offset = options.offset ?? 0;
  return diversify(ranked, { ...options.diversity, limit: offset + options.count }).slice(offset);
}
