// The network file (prisma/seed/network.yaml): everything the network manager maintains about
// districts, partner organisations, coordinators and opportunities, in one YAML file.
// It is input from outside, so every field is checked here, and cross-references between the
// sections (organisation slugs, district slugs, neighbours) are checked before anything is imported.
import { z } from "zod";
import { SLACK_CHANNEL_ID, SLACK_USER_ID } from "../../domain/slack-ids";
import {
  interestKeySchema,
  languageCodeSchema,
  opportunitySlotSchema,
  requirementKeySchema,
  BOT_LOCALES,
  FREQUENCIES,
  type BotLocale,
} from "../../domain/vocabulary";

/** Stable keys in the file: lowercase ASCII words joined by hyphens, e.g. "leih-oma-auenhain". */
const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `invalid slug ${JSON.stringify(issue.input)} (use lowercase letters, digits and hyphens, e.g. "leih-oma-auenhain")`,
  });

/**
 * A district's slug is the value of its button in the district question; Telegram's callback
 * data has 64 bytes for flow, step and value (src/channels/telegram/callback-data.ts).
 */
const districtSlugSchema = slugSchema.max(31, { error: "district slugs have at most 31 characters (they travel in chat buttons)" });

const textSchema = z.string().trim().min(1, { error: "must not be empty" });

/**
 * A value from one of the closed vocabularies in src/domain/vocabulary.ts. The options come from
 * the vocabulary schema; only the message is ours, so that the manager reads `invalid slot
 * "saturday-morning"` instead of zod's list of all 21 slots.
 */
function vocabularyValue<const Values extends Record<string, string>>(
  vocabulary: z.ZodEnum<Values>,
  noun: string,
) {
  return z.enum(vocabulary.enum, {
    error: (issue) => `invalid ${noun} ${JSON.stringify(issue.input)}`,
  });
}

/** A list without repeated entries; a repeated entry is almost always a copy-and-paste slip. */
function uniqueList<Item extends z.ZodType<string>>(item: Item) {
  return z.array(item).superRefine((values, ctx) => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (seen.has(value)) {
        ctx.addIssue({ code: "custom", message: `${JSON.stringify(value)} is listed twice`, path: [index] });
      }
      seen.add(value);
    });
  });
}

const slotSchema = vocabularyValue(opportunitySlotSchema, "slot");
const interestSchema = vocabularyValue(interestKeySchema, "interest");
const languageSchema = vocabularyValue(languageCodeSchema, "language code");
const requirementSchema = vocabularyValue(requirementKeySchema, "requirement");

/** Slack ids are opaque, but a user id where a channel id belongs (or vice versa) is a common slip. */
const slackChannelIdSchema = z.string().regex(SLACK_CHANNEL_ID, {
  error: (issue) => `invalid Slack channel id ${JSON.stringify(issue.input)} (expected e.g. "C0MGHAUENH")`,
});
const slackUserIdSchema = z.string().regex(SLACK_USER_ID, {
  error: (issue) => `invalid Slack user id ${JSON.stringify(issue.input)} (expected e.g. "U0KVOGT01")`,
});

/**
 * A calendar day "YYYY-MM-DD". YAML 1.2 (the yaml package's default) reads an unquoted
 * 2027-06-30 as a string; a file declaring %YAML 1.1 would give a Date, which we accept too.
 */
const calendarDaySchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: (issue) => `invalid date ${JSON.stringify(issue.input)} (expected YYYY-MM-DD)` }),
);

/** A translation is keyed by a bot locale other than German: German is the source text in the entry itself. */
const translationLocaleSchema = z.enum(BOT_LOCALES.filter((locale) => locale !== "de") as [BotLocale, ...BotLocale[]], {
  error: (issue) => `unknown locale ${JSON.stringify(issue.input)} (expected one of ${BOT_LOCALES.filter((locale) => locale !== "de").join(", ")})`,
});

export const opportunityTranslationSchema = z.strictObject({
  title: textSchema,
  summary: textSchema,
  description: textSchema.optional(),
});
export type OpportunityTranslationEntry = z.output<typeof opportunityTranslationSchema>;

export const districtEntrySchema = z.strictObject({
  slug: districtSlugSchema,
  name: textSchema,
  neighbours: uniqueList(districtSlugSchema).default([]),
});

export const organisationEntrySchema = z.strictObject({
  slug: slugSchema,
  name: textSchema,
  description: textSchema,
  address: textSchema,
  website: z.url({ protocol: /^https?$/, error: "expected an http(s) address" }).optional(),
  contact: z
    .strictObject({
      name: textSchema,
      email: z.email({ error: (issue) => `invalid e-mail address ${JSON.stringify(issue.input)}` }),
      phone: textSchema.optional(),
    })
    .optional(),
  /** Absent = signups go to the network channel. */
  slackChannel: slackChannelIdSchema.optional(),
  active: z.boolean().default(true),
  /** The description in other locales, e.g. `{ en: { description: … }, uk: { … } }`. */
  translations: z.partialRecord(translationLocaleSchema, z.strictObject({ description: textSchema })).default({}),
});

export const coordinatorEntrySchema = z.strictObject({
  name: textSchema,
  slackUserId: slackUserIdSchema,
  /** Absent = the network manager, who hears of signups for every organisation. */
  organisation: slugSchema.optional(),
});

export const opportunityLocationSchema = z.union(
  [z.strictObject({ district: districtSlugSchema }), z.literal("citywide"), z.literal("remote")],
  { error: 'expected { district: <slug> }, "citywide" or "remote"' },
);
export type OpportunityLocation = z.output<typeof opportunityLocationSchema>;

export const opportunityScheduleSchema = z.union([z.literal("flexible"), uniqueList(slotSchema).min(1)], {
  error: 'expected "flexible" or a list of slots such as [sat-morning, wed-afternoon]',
});
export type OpportunitySchedule = z.output<typeof opportunityScheduleSchema>;

export const opportunityEntrySchema = z.strictObject({
  slug: slugSchema,
  organisation: slugSchema,
  title: textSchema,
  summary: textSchema,
  description: textSchema,
  /** Title, summary and description in other locales: `{ en: { title, summary, description }, uk: … }`. */
  translations: z.partialRecord(translationLocaleSchema, opportunityTranslationSchema).default({}),
  /** The English block of earlier files; read as translations.en. */
  en: opportunityTranslationSchema.optional(),
  /** "Wenig Deutsch nötig": shown first to residents who do not speak German. */
  littleGerman: z.boolean().default(false),
  interests: uniqueList(interestSchema).min(1, { error: "name at least one interest" }),
  location: opportunityLocationSchema,
  schedule: opportunityScheduleSchema,
  hoursPerWeek: z.number().positive().max(40),
  frequency: z.enum(FREQUENCIES, {
    error: (issue) => `invalid frequency ${JSON.stringify(issue.input)} (expected ${FREQUENCIES.join(" or ")})`,
  }),
  minCommitmentMonths: z.int().positive().max(60).optional(),
  languages: z
    .strictObject({
      helpful: uniqueList(languageSchema).default([]),
      required: uniqueList(languageSchema).default([]),
    })
    .default({ helpful: [], required: [] }),
  requirements: uniqueList(requirementSchema).default([]),
  minAge: z.int().min(0).max(99).optional(),
  /** Absent = no limit on the number of volunteers. */
  capacity: z.int().positive().optional(),
  /** Last day the opportunity is offered. */
  validUntil: calendarDaySchema.optional(),
  active: z.boolean().default(true),
  /**
   * The day the offer was last confirmed as current (freshness, src/domain/freshness.ts). Absent:
   * a new offer counts as confirmed when it is imported, and an existing one when the import
   * changes it (importNetwork says why).
   */
  confirmedAt: calendarDaySchema.optional(),
});

export const networkFileSchema = z
  .strictObject({
    districts: z.array(districtEntrySchema).min(1, { error: "name at least one district" }),
    organisations: z.array(organisationEntrySchema).min(1, { error: "name at least one organisation" }),
    coordinators: z.array(coordinatorEntrySchema).default([]),
    opportunities: z.array(opportunityEntrySchema).default([]),
  })
  .superRefine((file, ctx) => {
    const districtSlugs = firstIndexByKey(file.districts, (district) => district.slug);
    const organisationSlugs = firstIndexByKey(file.organisations, (organisation) => organisation.slug);

    reportDuplicates(ctx, file.districts, "districts", "slug", (district) => district.slug);
    reportDuplicates(ctx, file.organisations, "organisations", "slug", (organisation) => organisation.slug);
    reportDuplicates(ctx, file.coordinators, "coordinators", "slackUserId", (coordinator) => coordinator.slackUserId);
    reportDuplicates(ctx, file.opportunities, "opportunities", "slug", (opportunity) => opportunity.slug);

    file.districts.forEach((district, districtIndex) => {
      district.neighbours.forEach((neighbour, neighbourIndex) => {
        const path = ["districts", districtIndex, "neighbours", neighbourIndex];
        if (neighbour === district.slug) {
          ctx.addIssue({ code: "custom", message: "a district cannot be its own neighbour", path });
        } else if (!districtSlugs.has(neighbour)) {
          ctx.addIssue({ code: "custom", message: `unknown district "${neighbour}"`, path });
        }
      });
    });

    file.coordinators.forEach((coordinator, index) => {
      if (coordinator.organisation !== undefined && !organisationSlugs.has(coordinator.organisation)) {
        ctx.addIssue({
          code: "custom",
          message: `unknown organisation "${coordinator.organisation}"`,
          path: ["coordinators", index, "organisation"],
        });
      }
    });

    file.opportunities.forEach((opportunity, index) => {
      if (!organisationSlugs.has(opportunity.organisation)) {
        ctx.addIssue({
          code: "custom",
          message: `unknown organisation "${opportunity.organisation}"`,
          path: ["opportunities", index, "organisation"],
        });
      }
      if (typeof opportunity.location === "object" && !districtSlugs.has(opportunity.location.district)) {
        ctx.addIssue({
          code: "custom",
          message: `unknown district "${opportunity.location.district}"`,
          path: ["opportunities", index, "location", "district"],
        });
      }
      for (const code of opportunity.languages.required) {
        // Required and helpful at once is contradictory and would count the language twice in matching.
        const helpfulIndex = opportunity.languages.helpful.indexOf(code);
        if (helpfulIndex >= 0) {
          ctx.addIssue({
            code: "custom",
            message: `"${code}" is already required; list it only once`,
            path: ["opportunities", index, "languages", "helpful", helpfulIndex],
          });
        }
      }
    });
  });

/** The network file after validation, with defaults filled in (`active: true`, empty lists). */
export type NetworkFile = z.output<typeof networkFileSchema>;
/** The network file as written, before defaults; handy for building files in tests. */
export type NetworkFileInput = z.input<typeof networkFileSchema>;
export type DistrictEntry = NetworkFile["districts"][number];
export type OrganisationEntry = NetworkFile["organisations"][number];
export type CoordinatorEntry = NetworkFile["coordinators"][number];
export type OpportunityEntry = NetworkFile["opportunities"][number];

function firstIndexByKey<Entry>(entries: readonly Entry[], keyOf: (entry: Entry) => string): Map<string, number> {
  const indexByKey = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (!indexByKey.has(keyOf(entry))) indexByKey.set(keyOf(entry), index);
  });
  return indexByKey;
}

function reportDuplicates<Entry>(
  ctx: z.RefinementCtx,
  entries: readonly Entry[],
  section: string,
  field: string,
  keyOf: (entry: Entry) => string,
): void {
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    const key = keyOf(entry);
    const earlier = firstIndex.get(key);
    if (earlier === undefined) {
      firstIndex.set(key, index);
    } else {
      ctx.addIssue({
        code: "custom",
        message: `duplicate ${field} "${key}" (already used by ${section}[${earlier}])`,
        path: [section, index, field],
      });
    }
  });
}
