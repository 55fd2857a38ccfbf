export type {
  Assessment,
  Exclusion,
  MatchContext,
  MatchOpportunity,
  MatchProfile,
  MatchReason,
  RankedOpportunity,
  ScoreBreakdown,
} from "./types";
export { DEFAULT_TIME_ZONE, isPastValidUntil } from "./calendar";
export { POINTS, assessOpportunity } from "./scoring";
export { compareRanked, rankOpportunities } from "./rank-opportunities";
export { DEFAULT_DIVERSITY, diversify, pickRecommendations, type DiversityOptions } from "./diversify";
export { MatchIndex } from "./match-index";
