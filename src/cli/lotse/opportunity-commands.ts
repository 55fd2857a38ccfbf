// lotse list | show | pause | resume: the network manager looks after the offers. Status and
// freshness come from the domain rules through src/services/network-admin/, so the list says what
// the bot does with each offer; signups appear as counts only.
//
//   lotse list [--org SLUG] [--inactive] [--expired] [--stale]
//   lotse show SLUG
//   lotse pause SLUG / lotse resume SLUG
import type { Command } from "commander";
import type { Freshness } from "../../domain/freshness";
import { SIGNUP_STATUSES } from "../../domain/vocabulary";
import { describeOpportunity, type OpportunityDescription } from "../../services/network-admin/describe-opportunity";
import { listOpportunities, type OpportunityListRow, type OpportunityStatus } from "../../services/network-admin/list-opportunities";
import { setOpportunityPausedByNetwork } from "../../services/network-admin/set-opportunity-paused";
import { UnknownSlugError } from "../../services/network-admin/unknown-slug";
import type { LotseContext } from "../lotse";
import { citySettings, formatDay, formatFields, formatTable, reportUnknownSlug, shorten } from "./output";

const STATUS_KEYS: Record<OpportunityStatus, string> = {
  active: "cli-status-active",
  inactive: "cli-status-inactive",
  paused: "cli-status-paused",
  expired: "cli-status-expired",
  stale: "cli-status-stale",
  full: "cli-status-full",
};

const FRESHNESS_KEYS: Record<Freshness, string> = {
  fresh: "cli-freshness-fresh",
  due: "cli-freshness-due",
  asked: "cli-freshness-asked",
  stale: "cli-freshness-stale",
};

interface ListOptions {
  org?: string;
  inactive?: boolean;
  expired?: boolean;
  stale?: boolean;
}

export function registerOpportunityCommands(program: Command, context: LotseContext): void {
  const { t } = context;

  program
    .command("list")
    .description(t("cli-list-description"))
    .option("--org <slug>", t("cli-list-option-org"))
    .option("--inactive", t("cli-list-option-inactive"))
    .option("--expired", t("cli-list-option-expired"))
    .option("--stale", t("cli-list-option-stale"))
    .addHelpText("after", `\n${t("cli-list-help")}`)
    .action((options: ListOptions) => handleSlugErrors(context, () => list(context, options)));

  program
    .command("show")
    .description(t("cli-show-description"))
    .argument("<slug>", t("cli-argument-opportunity-slug"))
    .addHelpText("after", `\n${t("cli-show-help")}`)
    .action((slug: string) => handleSlugErrors(context, () => show(context, slug)));

  program
    .command("pause")
    .description(t("cli-pause-description"))
    .argument("<slug>", t("cli-argument-opportunity-slug"))
    .addHelpText("after", `\n${t("cli-pause-help")}`)
    .action((slug: string) => handleSlugErrors(context, () => setPaused(context, slug, true)));

  program
    .command("resume")
    .description(t("cli-resume-description"))
    .argument("<slug>", t("cli-argument-opportunity-slug"))
    .addHelpText("after", `\n${t("cli-resume-help")}`)
    .action((slug: string) => handleSlugErrors(context, () => setPaused(context, slug, false)));
}

async function handleSlugErrors(context: LotseContext, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof UnknownSlugError)) throw error;
    reportUnknownSlug(context, error);
  }
}

async function list(context: LotseContext, options: ListOptions): Promise<void> {
  const { t, lang } = context;
  const { timeZone, freshness } = citySettings(context);
  const result = await context.withDatabase((prisma) =>
    listOpportunities({
      prisma,
      now: context.now(),
      timeZone,
      freshness,
      ...(options.org === undefined ? {} : { organisationSlug: options.org }),
      includeInactive: options.inactive === true,
      expired: options.expired === true,
      unconfirmed: options.stale === true,
    }),
  );
  if (result.rows.length === 0) {
    context.io.out(t("cli-list-empty"));
  } else {
    const header = [t("cli-list-column-slug"), t("cli-list-column-title"), t("cli-list-column-organisation"), t("cli-list-column-status"), t("cli-list-column-freshness"), t("cli-list-column-confirmed"), t("cli-list-column-places")];
    const rows = result.rows.map((row) => [
      row.slug,
      shorten(row.title, 40),
      shorten(row.organisation.name, 30),
      t(STATUS_KEYS[row.status]),
      t(FRESHNESS_KEYS[row.freshness]),
      formatDay(row.confirmedAt, lang, timeZone),
      places(row),
    ]);
    context.io.out(formatTable(header, rows, { alignRight: [6] }));
    context.io.out("");
    context.io.out(t("cli-list-count", { count: result.rows.length }));
  }
  const notes = [
    ...(result.leftOut.expired > 0 ? [t("cli-list-left-out-expired", { count: result.leftOut.expired })] : []),
    ...(result.leftOut.switchedOff > 0 ? [t("cli-list-left-out-inactive", { count: result.leftOut.switchedOff })] : []),
  ];
  if (notes.length > 0) context.io.out(notes.join(" "));
}

/** "open signups/places"; "–" for no limit. */
function places(row: Pick<OpportunityListRow, "openSignups" | "capacity">): string {
  return `${row.openSignups}/${row.capacity ?? "–"}`;
}

async function show(context: LotseContext, slug: string): Promise<void> {
  const { timeZone, freshness } = citySettings(context);
  const offer = await context.withDatabase((prisma) => describeOpportunity({ prisma, slug, now: context.now(), timeZone, freshness }));
  context.io.out(describe(context, offer, timeZone));
}

function describe(context: LotseContext, offer: OpportunityDescription, timeZone: string): string {
  const { t, lang } = context;
  const day = (date: Date) => formatDay(date, lang, timeZone);
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const orNone = (items: readonly string[]) => (items.length > 0 ? items.join(", ") : t("cli-show-none"));

  const place =
    offer.locationKind === "district"
      ? (offer.district?.name ?? t("cli-show-place-unknown-district"))
      : offer.locationKind === "remote"
        ? t("cli-show-place-remote")
        : t("cli-show-place-citywide");
  const time = [
    offer.schedule.length > 0 ? offer.schedule.map((slot) => t(`slot-${slot}`)).join(", ") : t("cli-show-schedule-flexible"),
    t("cli-show-hours", { hours: number.format(offer.hoursPerWeek) }),
    offer.frequency === "once" ? t("cli-show-frequency-once") : t("cli-show-frequency-regular"),
    ...(offer.minCommitmentMonths === null ? [] : [t("cli-show-commitment", { months: offer.minCommitmentMonths })]),
  ].join(", ");
  const languages = [
    t("cli-show-languages-required", { languages: orNone(offer.languagesRequired.map((code) => t(`language-${code}`))) }),
    t("cli-show-languages-helpful", { languages: orNone(offer.languagesHelpful.map((code) => t(`language-${code}`))) }),
    ...(offer.littleGerman ? [t("cli-show-little-german")] : []),
  ].join("\n");
  const freshnessText = [
    t(FRESHNESS_KEYS[offer.freshness]),
    t("cli-show-confirmed-at", { date: day(offer.confirmedAt) }),
    ...(offer.freshnessAskedAt !== null && offer.staleSince === null ? [t("cli-show-asked-at", { date: day(offer.freshnessAskedAt) })] : []),
    ...(offer.staleAt !== null ? [t("cli-show-stale-at", { date: day(offer.staleAt) })] : []),
    ...(offer.staleSince !== null ? [t("cli-show-stale-since", { date: day(offer.staleSince) })] : []),
  ].join(", ");
  const organisation = offer.organisation;
  const coordinators = organisation.coordinators.map((coordinator) => `${coordinator.name} (${coordinator.slackUserId})`);

  const fields: Array<readonly [string, string]> = [
    [t("cli-show-field-slug"), offer.slug],
    [t("cli-show-field-status"), t(STATUS_KEYS[offer.status])],
    ...(offer.pausedAt !== null ? [[t("cli-show-field-paused"), t("cli-show-paused-since", { date: day(offer.pausedAt), by: offer.pausedBy ?? "–" })] as const] : []),
    [t("cli-show-field-freshness"), freshnessText],
    [t("cli-show-field-valid-until"), offer.validUntil === null ? t("cli-show-open-ended") : day(offer.validUntil)],
    [
      t("cli-show-field-organisation"),
      [
        `${organisation.name} (${organisation.slug})${organisation.active ? "" : ` – ${t("cli-status-inactive")}`}`,
        organisation.slackChannel === null ? t("cli-show-network-channel") : t("cli-show-slack-channel", { channel: organisation.slackChannel }),
      ].join("\n"),
    ],
    [t("cli-show-field-coordinators"), orNone(coordinators)],
    [t("cli-show-field-summary"), offer.summary],
    [t("cli-show-field-description"), offer.description],
    [
      t("cli-show-field-translations"),
      [orNone(offer.translations.present), ...(offer.translations.missing.length > 0 ? [t("cli-show-translations-missing", { locales: offer.translations.missing.join(", ") })] : [])].join("; "),
    ],
    [t("cli-show-field-interests"), orNone(offer.interests.map((key) => t(`interest-${key}`)))],
    [t("cli-show-field-time"), time],
    [t("cli-show-field-place"), place],
    [t("cli-show-field-languages"), languages],
    [t("cli-show-field-requirements"), orNone(offer.requirements.map((key) => t(`requirement-${key}`)))],
    [t("cli-show-field-min-age"), offer.minAge === null ? t("cli-show-none") : String(offer.minAge)],
    [t("cli-show-field-places"), offer.capacity === null ? t("cli-show-places-unlimited", { open: offer.openSignups }) : t("cli-show-places", { open: offer.openSignups, capacity: offer.capacity })],
    [t("cli-show-field-signups"), SIGNUP_STATUSES.map((status) => `${t(`status-${status}`)} ${offer.signups[status]}`).join(" · ")],
  ];
  return `${offer.title}\n\n${formatFields(fields)}`;
}

async function setPaused(context: LotseContext, slug: string, paused: boolean): Promise<void> {
  const { t } = context;
  const result = await context.withDatabase((prisma) => setOpportunityPausedByNetwork({ prisma, slug, paused, now: context.now() }));
  const args = { title: result.title, organisation: result.organisationName, slug: result.slug };
  if (paused) {
    context.io.out(result.changed ? t("cli-pause-done", args) : t("cli-pause-already", args));
    return;
  }
  context.io.out(result.changed ? t("cli-resume-done", args) : t("cli-resume-already", args));
  if (result.switchedOff) context.io.out(t("cli-resume-switched-off"));
}
