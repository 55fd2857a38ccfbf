// Which table a CSV file or a workbook sheet holds, from its name: "Angebote.csv",
// "netzwerk-angebote-2026.csv", the sheet "Opportunities". The name has to contain one of the
// words below, German or English, plural or singular; umlauts and case do not matter.
import { SHEET_ENTITIES, SHEET_NAMES, type SheetEntity } from "../sheet/tables";

/** The words per table, lower case and without umlauts. Singulars are substrings of plurals. */
export const ENTITY_NAME_WORDS: Readonly<Record<SheetEntity, readonly string[]>> = {
  districts: ["stadtteil", "district"],
  organisations: ["organisation", "organization"],
  coordinators: ["koordinator", "coordinator"],
  opportunities: ["angebot", "opportunit"],
};

/** The words as the network manager would write them, for error messages. */
export const ACCEPTED_ENTITY_NAMES: readonly string[] = SHEET_ENTITIES.flatMap((entity) => [
  SHEET_NAMES[entity].de.toLowerCase(),
  SHEET_NAMES[entity].en.toLowerCase(),
]);

function foldName(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss");
}

export type EntityFromName =
  | { kind: "entity"; entity: SheetEntity }
  | { kind: "none" }
  | { kind: "ambiguous"; entities: SheetEntity[] };

/** The table a file name (without directory) or sheet name stands for. */
export function entityFromName(name: string): EntityFromName {
  const folded = foldName(name);
  const entities = SHEET_ENTITIES.filter((entity) => ENTITY_NAME_WORDS[entity].some((word) => folded.includes(word)));
  const [first] = entities;
  if (first === undefined) return { kind: "none" };
  if (entities.length > 1) return { kind: "ambiguous", entities };
  return { kind: "entity", entity: first };
}
