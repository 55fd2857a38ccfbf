// The shapes matching works on. They are plain data, filled by whoever loads residents and
// opportunities (database, fixtures, benchmark), so that matching stays a pure function.
import type {
  DistrictChoice,
  InterestKey,
  LanguageCode,
  LocationKind,
  OpportunitySlot,
  ResidentSlot,
} from "../vocabulary";

/** What a resident told the bot about themselves. Empty lists and nulls mean "not said". */
export interface MatchProfile {
  interests: readonly InterestKey[];
  /** May contain "flexible". Empty = not said: only flexible opportunities get time points. */
  timeSlots: readonly ResidentSlot[];
  /** Upper bound of what the resident can give; null = not said. */
  hoursPerWeek: number | null;
  /** null = not said: no place points and no place filter. */
  districtChoice: DistrictChoice | null;
  /** Set when districtChoice is "district". */
  districtId: number | null;
  /**
   * Spoken languages. Empty = not said: then only German is assumed for the
   * required-language filter (the bot's residents mostly speak it) and no helpful-language
   * points are given.
   */
  languages: readonly LanguageCode[];
  /**
   * The language the resident chats in (their bot locale's). Stands in for the spoken
   * languages when none were ticked; when it is not German and German was not ticked, offers
   * marked "little German needed" come first. Default German.
   */
  chatLanguage?: LanguageCode;
}

export interface MatchOpportunity {
  id: number;
  organisationId: number;
  interests: readonly InterestKey[];
  locationKind: LocationKind;
  /** Set when locationKind is "district". */
  districtId: number | null;
  /** [] = flexible: the volunteer arranges the time with the organisation. */
  schedule: readonly OpportunitySlot[];
  hoursPerWeek: number;
  languagesHelpful: readonly LanguageCode[];
  languagesRequired: readonly LanguageCode[];
  /** "Wenig Deutsch nötig": suitable for volunteers who are still learning German. */
  littleGerman?: boolean;
  /** Volunteers wanted; null = no limit. */
  capacity: number | null;
  /** Signups still in play: status new, contacted or accepted. */
  openSignups: number;
  /**
   * Last valid day (valid through that whole day in the city's time zone). A date-only
   * value stored as UTC midnight or as local midnight both name the right day.
   */
  validUntil: Date | null;
  /** The offer's own flag (network file). */
  active: boolean;
  /** The organisation's flag; default true. */
  organisationActive?: boolean;
  /** Set while a coordinator has paused the offer in Slack; such an offer is not recommended. */
  pausedAt?: Date | null;
  /** Set while nobody has confirmed that the offer is still current (src/domain/freshness.ts); not recommended. */
  staleSince?: Date | null;
}

export interface MatchContext {
  now: Date;
  /** District id → neighbouring district ids. Read both ways, so a one-sided list suffices. */
  neighbours: ReadonlyMap<number, readonly number[]>;
  /** Opportunities never to recommend, e.g. those the resident already signed up for. */
  excludeIds?: ReadonlySet<number>;
  /** IANA zone in which "today" is counted for validUntil; defaults to DEFAULT_TIME_ZONE. */
  timeZone?: string;
}

/** Why an opportunity fits; rendered as the "passt zu: Kinder · Samstagvormittag · Lobeda" line. */
export type MatchReason =
  /** Shared interests, in vocabulary order. */
  | { kind: "interests"; interests: InterestKey[] }
  /** Opportunity slots inside the resident's times, in week order, at most 2. */
  | { kind: "time"; slots: OpportunitySlot[] }
  /** The opportunity or the resident is flexible about time. */
  | { kind: "flexible-time" }
  /**
   * The opportunity's district: the resident's own ("same"), next door ("neighbour"), or
   * any district because the resident said anywhere in the city is fine ("anywhere").
   */
  | { kind: "district"; districtId: number; relation: "same" | "neighbour" | "anywhere" }
  | { kind: "citywide" }
  | { kind: "remote" }
  /** Helpful languages the resident speaks, other than German, in the opportunity's order. */
  | { kind: "languages"; languages: LanguageCode[] }
  /** The offer needs little German, and the resident does not speak German. */
  | { kind: "little-german" }
  /** The opportunity asks no more hours than the resident can give. */
  | { kind: "few-hours"; hoursPerWeek: number };

export interface RankedOpportunity {
  opportunityId: number;
  /** Carried along so that diversify() needs no lookup. */
  organisationId: number;
  score: number;
  reasons: MatchReason[];
}

/**
 * Why an opportunity is never recommended to this resident; checked in this order and the
 * first that applies is reported.
 */
export type Exclusion =
  | "excluded" // in context.excludeIds, e.g. already signed up
  | "inactive" // the offer or its organisation is switched off
  | "paused" // a coordinator paused it in Slack
  | "expired" // validUntil lies before today
  | "stale" // its organisation did not confirm in time that it is still current
  | "full" // capacity reached by open signups
  | "not-remote" // resident wants to help from home; the opportunity is not remote
  | "language" // requires a language the resident does not speak
  | "no-interest"; // resident named interests and the opportunity shares none

/** Points per part of the score table (see scoring.ts); score is their sum. */
export interface ScoreBreakdown {
  interests: number;
  time: number;
  hours: number;
  place: number;
  languages: number;
  littleGerman: number;
  capacity: number;
}

export type Assessment =
  | { eligible: false; exclusion: Exclusion }
  | { eligible: true; score: number; points: ScoreBreakdown; reasons: MatchReason[] };
