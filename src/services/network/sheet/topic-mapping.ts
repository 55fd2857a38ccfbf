// How our interest keys relate to the topic lists of other platforms, for networks that pass
// their offers on.
//
// - odiCauses: the "Charitable Cause" taxonomy of the open volunteering-data standard
//   (standard.volunteeringdata.io, concepts under https://ns.volunteeringdata.io/), used by
//   `lotse export --format odi`. Checked against the standard's published taxonomy (cause.ttl).
//   Interests that are a kind of work rather than a cause (crafts, digital help, office work) have
//   none; the standard describes those as skills, which we do not record.
// - engagementPlattform: the topic ("Thema") of the national Engagement-Plattform a network would
//   pick for such an offer. UNVERIFIED: the platform's current topic list could not be consulted
//   when this was written; the names below are the topic areas German volunteering databases
//   commonly use. Check them against the platform's form before relying on them.
import type { InterestKey } from "../../../domain/vocabulary";

export interface TopicMapping {
  odiCauses: readonly string[];
  /** null: no matching topic. */
  engagementPlattform: string | null;
  /** Why the mapping is not obvious, where it is not. */
  note?: string;
}

export const ODI_CAUSE_NAMESPACE = "https://ns.volunteeringdata.io/";

export const INTEREST_TOPICS: Readonly<Record<InterestKey, TopicMapping>> = {
  kinder: { odiCauses: ["YouthAndChildren"], engagementPlattform: "Kinder und Jugend" },
  senioren: { odiCauses: ["OlderPeople"], engagementPlattform: "Senioren" },
  familien: { odiCauses: ["Families"], engagementPlattform: "Familie" },
  integration: { odiCauses: ["RefugeesAsylumSeekers"], engagementPlattform: "Flucht und Integration" },
  "kultur-bildung": { odiCauses: ["ArtsAndCulture", "EducationLanguages"], engagementPlattform: "Kultur und Bildung", note: "two topics on platforms that list culture and education separately" },
  nachbarschaft: { odiCauses: ["LocalCommunity"], engagementPlattform: "Nachbarschaft und Gemeinwesen" },
  "sport-bewegung": { odiCauses: ["SportOutdoorActivities"], engagementPlattform: "Sport und Bewegung" },
  umwelt: { odiCauses: ["Environment"], engagementPlattform: "Umwelt- und Naturschutz" },
  "handwerk-technik": { odiCauses: [], engagementPlattform: null, note: "a kind of work, not a cause or topic" },
  digitales: { odiCauses: [], engagementPlattform: "Digitales", note: "some platforms file it under education" },
  "essen-kochen": { odiCauses: [], engagementPlattform: null, note: "a kind of work; lunch tables and food banks usually go under social topics" },
  "begleitung-fahrdienste": { odiCauses: ["Care"], engagementPlattform: "Soziales", note: "accompanying and driving people; closest cause is Care" },
  "organisation-verwaltung": { odiCauses: [], engagementPlattform: null, note: "a kind of work, not a cause or topic" },
};
