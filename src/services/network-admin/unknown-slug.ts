// A slug the network manager typed that names nothing (`lotse show leih-oam`, `--org mgh-nord`),
// with the nearest existing slugs as suggestions: most slips are a typo or half a slug.
import { distance } from "fastest-levenshtein";
import type { PrismaClient } from "../../generated/prisma/client";
import type { Tx } from "../notification/enqueue";

export type SlugKind = "opportunity" | "organisation";

export class UnknownSlugError extends Error {
  constructor(
    readonly kind: SlugKind,
    readonly slug: string,
    /** Nearest first; empty when nothing is close. */
    readonly suggestions: readonly string[],
    /** For organisations, of which a network has a few dozen: every slug, to choose from when nothing is close. */
    readonly existing: readonly string[] = [],
  ) {
    super(`no ${kind} with this slug`);
    this.name = "UnknownSlugError";
  }
}

const MAX_SUGGESTIONS = 3;

/**
 * Existing slugs close to `slug`: a few edits away (more for longer slugs), or containing it or
 * contained in it ("leih-oma" for "leih-oma-auenhain"). Nearest first, at most three.
 */
export function similarSlugs(slug: string, candidates: readonly string[]): string[] {
  const wanted = slug.trim().toLowerCase();
  const allowedEdits = Math.max(2, Math.floor(wanted.length / 3));
  return candidates
    .map((candidate) => ({ candidate, edits: distance(wanted, candidate) }))
    .filter(({ candidate, edits }) => edits <= allowedEdits || (wanted.length >= 3 && (candidate.includes(wanted) || wanted.includes(candidate))))
    .sort((a, b) => a.edits - b.edits || a.candidate.localeCompare(b.candidate))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ candidate }) => candidate);
}

/** The error for a slug that was not found, with suggestions from the database. */
export async function unknownSlugError(db: PrismaClient | Tx, kind: SlugKind, slug: string): Promise<UnknownSlugError> {
  const rows = kind === "opportunity" ? await db.opportunity.findMany({ select: { slug: true } }) : await db.organisation.findMany({ select: { slug: true } });
  const slugs = rows.map((row) => row.slug).sort();
  return new UnknownSlugError(kind, slug, similarSlugs(slug, slugs), kind === "organisation" ? slugs : []);
}

/** The organisation's id by slug, or UnknownSlugError. */
export async function organisationIdBySlug(db: PrismaClient | Tx, slug: string): Promise<number> {
  const organisation = await db.organisation.findUnique({ where: { slug }, select: { id: true } });
  if (!organisation) throw await unknownSlugError(db, "organisation", slug);
  return organisation.id;
}
