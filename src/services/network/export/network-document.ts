// The network as a JSON or YAML network file (the shape of prisma/seed/network.yaml), without the
// defaults a hand-written file leaves out (active: true, empty lists), so that an export reads
// like the sample and imports back unchanged.
import { stringify } from "yaml";
import type { NetworkFile, OpportunityEntry, OrganisationEntry } from "../network-file-schema";

export function networkToDocument(network: NetworkFile): Record<string, unknown> {
  return {
    districts: network.districts.map(({ neighbours, ...district }) => ({ ...district, ...(neighbours.length > 0 ? { neighbours } : {}) })),
    organisations: network.organisations.map(organisationDocument),
    coordinators: network.coordinators,
    opportunities: network.opportunities.map(opportunityDocument),
  };
}

function organisationDocument({ active, translations, ...organisation }: OrganisationEntry): Record<string, unknown> {
  return {
    ...organisation,
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
    ...(active ? {} : { active }),
  };
}

function opportunityDocument(opportunity: OpportunityEntry): Record<string, unknown> {
  const { translations, en, littleGerman, languages, requirements, active, ...rest } = opportunity;
  const allTranslations = { ...(en === undefined ? {} : { en }), ...translations };
  const document: Record<string, unknown> = {};
  // The order of the sample file: keys and texts first, then the facts.
  for (const [key, value] of Object.entries(rest)) {
    document[key] = value;
    if (key === "description" && Object.keys(allTranslations).length > 0) document.translations = allTranslations;
  }
  if (littleGerman) document.littleGerman = true;
  if (languages.helpful.length > 0 || languages.required.length > 0) {
    document.languages = {
      ...(languages.helpful.length > 0 ? { helpful: languages.helpful } : {}),
      ...(languages.required.length > 0 ? { required: languages.required } : {}),
    };
  }
  if (requirements.length > 0) document.requirements = requirements;
  if (!active) document.active = false;
  return document;
}

export function networkToYaml(network: NetworkFile): string {
  // Long texts stay on one line per value: folding would change nothing for a reader but makes
  // diffs between two exports noisier.
  return stringify(networkToDocument(network), { lineWidth: 0 });
}

export function networkToJson(network: NetworkFile): string {
  return `${JSON.stringify(networkToDocument(network), null, 2)}\n`;
}
