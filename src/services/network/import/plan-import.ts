// What an import would do, entry by entry: created, changed (which columns, old → new),
// unchanged, or deactivated (aktiv went from ja to nein). Both sides are compared as the cells the
// export writes (entries-to-tables.ts), so "changed" means exactly what a manager would see change
// in the spreadsheet, and importing an export is "unchanged" throughout. The rules for empty cells
// are importNetwork's: an empty translation leaves the stored one, an empty bestaetigt_am leaves
// the date, any other empty cell clears the value.
import { symmetricNeighbours } from "../import-network";
import type { NetworkFile } from "../network-file-schema";
import { COLUMNS, TRANSLATION_LOCALES } from "../sheet/columns";
import { entryCells, type Cells } from "../sheet/entries-to-tables";
import { entryKey, type RowOrigin } from "../sheet/read-tables";
import { SHEET_ENTITIES, type SheetEntity } from "../sheet/tables";

export const PLAN_STATUSES = ["created", "changed", "deactivated", "unchanged"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface FieldChange {
  /** The column (German name, as the export writes it). */
  column: string;
  before: string;
  after: string;
}

export interface PlanItem {
  entity: SheetEntity;
  /** Slug, or the Slack user id of a coordinator. */
  key: string;
  status: PlanStatus;
  /** The row of the file, when known. */
  origin?: RowOrigin;
  /** Empty for created and unchanged entries. */
  changes: FieldChange[];
}

export interface ImportPlan {
  /** The entities the file holds, in import order. */
  entities: SheetEntity[];
  items: PlanItem[];
  counts: Record<SheetEntity, Record<PlanStatus, number>>;
}

/** Compares the file with the stored network (exportNetwork); pure. */
export function planImport(
  stored: NetworkFile,
  incoming: NetworkFile,
  options: { entities?: readonly SheetEntity[]; origins?: ReadonlyMap<string, RowOrigin> } = {},
): ImportPlan {
  const items: PlanItem[] = [];
  const wantedNeighbours = symmetricNeighbours(incoming.districts);
  for (const entity of SHEET_ENTITIES) {
    const storedByKey = new Map(entriesOf(stored, entity).map((entry) => [keyOf(entity, entry), entry]));
    for (const entry of entriesOf(incoming, entity)) {
      const key = keyOf(entity, entry);
      const origin = options.origins?.get(entryKey(entity, key));
      const before = storedByKey.get(key);
      if (before === undefined) {
        items.push({ entity, key, status: "created", changes: [], ...(origin === undefined ? {} : { origin }) });
        continue;
      }
      const after = entryCells(entity, entry);
      // Neighbourhood is symmetric: a district is the neighbour of every district that lists it.
      if (entity === "districts") after.nachbarn = [...(wantedNeighbours.get(key) ?? [])].sort().join(", ");
      const changes = compareCells(entity, entryCells(entity, before), after);
      const deactivated = changes.some((change) => change.column === "aktiv" && change.before === "ja" && change.after === "nein");
      const status: PlanStatus = changes.length === 0 ? "unchanged" : deactivated ? "deactivated" : "changed";
      items.push({ entity, key, status, changes, ...(origin === undefined ? {} : { origin }) });
    }
  }
  const counts = Object.fromEntries(
    SHEET_ENTITIES.map((entity) => [
      entity,
      Object.fromEntries(PLAN_STATUSES.map((status) => [status, items.filter((item) => item.entity === entity && item.status === status).length])),
    ]),
  ) as ImportPlan["counts"];
  const entities = options.entities ?? SHEET_ENTITIES.filter((entity) => entriesOf(incoming, entity).length > 0);
  return { entities: SHEET_ENTITIES.filter((entity) => entities.includes(entity)), items, counts };
}

function compareCells(entity: SheetEntity, before: Cells, after: Cells): FieldChange[] {
  const changes: FieldChange[] = [];
  // A translation is taken from the file only where the file has one (importNetwork never deletes
  // them): per locale for offers (title, summary and description together), per cell otherwise.
  const translatedLocales = new Set(
    TRANSLATION_LOCALES.filter((locale) =>
      COLUMNS[entity].some((definition) => definition.locale === locale && (after[definition.name] ?? "") !== ""),
    ),
  );
  for (const definition of COLUMNS[entity]) {
    const name = definition.name;
    if (definition.locale !== undefined) {
      if (entity === "opportunities" ? !translatedLocales.has(definition.locale) : (after[name] ?? "") === "") continue;
    }
    if (name === "bestaetigt_am" && (after[name] ?? "") === "") continue;
    const old = before[name] ?? "";
    const wanted = after[name] ?? "";
    if (old !== wanted) changes.push({ column: name, before: old, after: wanted });
  }
  return changes;
}

type Entry = NetworkFile[keyof NetworkFile][number];

function entriesOf(network: NetworkFile, entity: SheetEntity): readonly Entry[] {
  return network[entity];
}

function keyOf(entity: SheetEntity, entry: Entry): string {
  return entity === "coordinators" ? (entry as NetworkFile["coordinators"][number]).slackUserId : (entry as { slug: string }).slug;
}
