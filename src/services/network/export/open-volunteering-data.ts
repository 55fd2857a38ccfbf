// `lotse export --format odi`: the offers as JSON-LD after the open volunteering-data standard
// published for England's brokerage platforms (standard.volunteeringdata.io, "Publishing
// Opportunities Data"): a graph of Organisations, each with its activities, each activity with a
// role (commitment, minimum age, requirements, remote participation) and a session (location,
// times from the standard's time vocabulary). So a network can publish its offers as open data.
//
// What we map, and where the standard and we differ:
// - Organisation: name, description, website, cause (from the interests, topic-mapping.ts).
// - Activity = our opportunity: title, description; role: title, summary as description,
//   commitment as German text ("2 Stunden pro Woche, regelmäßig, mindestens 6 Monate"),
//   allowsRemoteParticipation (location "remote"), minimumAge as a string as in the standard's
//   examples, requirement: the standard's DBSCheck for our Führungszeugnis (its nearest English
//   equivalent); our other requirements have no concept there and get IRIs under our own base.
// - Session: location name and address (the district, or the organisation's address for
//   citywide offers; none for remote ones), time: MondayMorning … SundayEvening. The standard's
//   afternoon runs 12–18 and evening from 18, ours 12–17 and from 17: a slot maps to the period
//   of the same name.
// - Texts are German, declared once with "@language": "de" next to the standard's context.
// - Identifiers: `<base>organisation/<slug>` and `<base>opportunity/<slug>`; the base defaults to
//   a URN, set ODI_BASE_IRI (an https URL of the network) for identifiers others can resolve.
// - Only offers a resident could sign up for today are published: active, organisation active,
//   not paused, not past their last day.
import { DEFAULT_TIME_ZONE, isPastValidUntil } from "../../../domain/matching/calendar";
import type { Daypart, OpportunitySlot, RequirementKey, Weekday } from "../../../domain/vocabulary";
import type { PrismaClient } from "../../../generated/prisma/client";
import type { NetworkFile, OpportunityEntry, OrganisationEntry } from "../network-file-schema";
import { formatNumber } from "../sheet/cells";
import { INTEREST_TOPICS, ODI_CAUSE_NAMESPACE } from "../sheet/topic-mapping";
import { exportNetwork } from "./export-network";

export const ODI_CONTEXT = "https://api.volunteeringdata.io/context/v1";
export const DEFAULT_ODI_BASE_IRI = "urn:ehrenamtslotse:";

export interface OdiOptions {
  now: Date;
  timeZone?: string;
  /** Where identifiers start; an https URL ending in "/" or a URN ending in ":". */
  baseIri?: string;
  /** Slugs of offers a coordinator paused (not part of the network file). */
  paused?: ReadonlySet<string>;
}

const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};
const DAYPART_NAMES: Readonly<Record<Daypart, string>> = { morning: "Morning", afternoon: "Afternoon", evening: "Evening" };

const REQUIREMENT_CONCEPTS: Readonly<Partial<Record<RequirementKey, string>>> = {
  fuehrungszeugnis: `${ODI_CAUSE_NAMESPACE}DBSCheck`,
};

export async function exportOpenVolunteeringData(
  prisma: PrismaClient,
  options: Omit<OdiOptions, "paused">,
): Promise<Record<string, unknown>> {
  const network = await exportNetwork(prisma, { timeZone: options.timeZone ?? DEFAULT_TIME_ZONE });
  const paused = await prisma.opportunity.findMany({ where: { pausedAt: { not: null } }, select: { slug: true } });
  return networkToOpenVolunteeringData(network, { ...options, paused: new Set(paused.map((row) => row.slug)) });
}

export function networkToOpenVolunteeringData(network: NetworkFile, options: OdiOptions): Record<string, unknown> {
  const base = options.baseIri ?? DEFAULT_ODI_BASE_IRI;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const districtNames = new Map(network.districts.map((district) => [district.slug, district.name]));
  const published = (opportunity: OpportunityEntry) =>
    opportunity.active &&
    !(options.paused?.has(opportunity.slug) ?? false) &&
    !isPastValidUntil(opportunity.validUntil === undefined ? null : new Date(`${opportunity.validUntil}T00:00:00.000Z`), options.now, timeZone);

  const graph = network.organisations
    .filter((organisation) => organisation.active)
    .map((organisation) => {
      const activities = network.opportunities.filter((opportunity) => opportunity.organisation === organisation.slug && published(opportunity));
      return { organisation, activities };
    })
    .filter(({ activities }) => activities.length > 0)
    .map(({ organisation, activities }) => organisationNode(organisation, activities, base, districtNames));

  return {
    "@context": [ODI_CONTEXT, { "@language": "de" }],
    conformsTo: ODI_CAUSE_NAMESPACE,
    modified: options.now.toISOString().slice(0, 10),
    graph,
  };
}

function organisationNode(
  organisation: OrganisationEntry,
  activities: readonly OpportunityEntry[],
  base: string,
  districtNames: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const causes = [...new Set(activities.flatMap((activity) => activity.interests.flatMap((interest) => INTEREST_TOPICS[interest].odiCauses)))];
  return {
    type: "Organisation",
    id: `${base}organisation${separator(base)}${organisation.slug}`,
    name: organisation.name,
    description: organisation.description,
    ...(organisation.website === undefined ? {} : { website: organisation.website }),
    ...(causes.length > 0 ? { cause: causes.map((cause) => `${ODI_CAUSE_NAMESPACE}${cause}`) } : {}),
    activity: activities.map((activity) => activityNode(activity, organisation, base, districtNames)),
  };
}

function activityNode(
  opportunity: OpportunityEntry,
  organisation: OrganisationEntry,
  base: string,
  districtNames: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const requirements = opportunity.requirements.map(
    (key) => REQUIREMENT_CONCEPTS[key] ?? `${base}requirement${separator(base)}${key}`,
  );
  const location =
    typeof opportunity.location === "object"
      ? { name: districtNames.get(opportunity.location.district) ?? opportunity.location.district, address: organisation.address }
      : opportunity.location === "citywide"
        ? { name: organisation.name, address: organisation.address }
        : undefined;
  const times = opportunity.schedule === "flexible" ? [] : opportunity.schedule.map(timeConcept);
  const session = {
    ...(location === undefined ? {} : { location }),
    ...(times.length > 0 ? { time: times } : {}),
  };
  return {
    id: `${base}opportunity${separator(base)}${opportunity.slug}`,
    title: opportunity.title,
    description: opportunity.description,
    role: [
      {
        title: opportunity.title,
        description: opportunity.summary,
        commitment: commitmentText(opportunity),
        allowsRemoteParticipation: opportunity.location === "remote",
        ...(opportunity.minAge === undefined ? {} : { minimumAge: String(opportunity.minAge) }),
        ...(requirements.length > 0 ? { requirement: requirements } : {}),
      },
    ],
    ...(Object.keys(session).length > 0 ? { session: [session] } : {}),
  };
}

function timeConcept(slot: OpportunitySlot): string {
  const [day, part] = slot.split("-") as [Weekday, Daypart];
  return `${ODI_CAUSE_NAMESPACE}${WEEKDAY_NAMES[day]}${DAYPART_NAMES[part]}`;
}

/** "2 Stunden pro Woche, regelmäßig, mindestens 6 Monate" — the standard takes free text here. */
function commitmentText(opportunity: OpportunityEntry): string {
  const hours = `${formatNumber(opportunity.hoursPerWeek)} ${opportunity.hoursPerWeek === 1 ? "Stunde" : "Stunden"} pro Woche`;
  const frequency = opportunity.frequency === "once" ? "einmalig" : "regelmäßig";
  const months = opportunity.minCommitmentMonths === undefined ? [] : [`mindestens ${opportunity.minCommitmentMonths} ${opportunity.minCommitmentMonths === 1 ? "Monat" : "Monate"}`];
  return [hours, frequency, ...months].join(", ");
}

function separator(base: string): string {
  return base.endsWith(":") ? ":" : "/";
}
