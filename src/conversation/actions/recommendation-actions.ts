import type { ActionResult, DynamicOption, Output } from "../../domain/flows/engine";
import { findResidentId } from "../../services/resident/find-resident";
import { recommendOpportunities } from "../../services/opportunity/recommend-opportunities";
import { recordRecommendationsShown } from "../../services/opportunity/record-recommendations-shown";
import { safeError } from "../../logger";
import type { ActionContext } from "../conversation-deps";
import { localizeOpportunity } from "../../domain/opportunity-texts";
import { buttonText, describeReasons } from "../present";

export const OFFERS_PER_PAGE = 3;

/** Button values carry the opportunity id; "o12" cannot clash with the fixed options. */
export function offerValue(opportunityId: number): string {
  return `o${opportunityId}`;
}
export function parseOfferValue(value: unknown): number | null {
  const match = typeof value === "string" ? /^o(\d{1,9})$/.exec(value) : null;
  return match ? Number(match[1]) : null;
}

export async function firstOfferPage(): Promise<ActionResult> {
  return { slots: { offerPage: 0 } };
}

export async function nextOfferPage(context: ActionContext): Promise<ActionResult> {
  if (context.slots.hasMore === true) return { slots: { offerPage: Number(context.slots.offerPage ?? 0) + 1 } };
  return { slots: { offerPage: 0 }, outputs: [{ type: "message", key: "recommendations-no-more" }] };
}

export async function recommend(context: ActionContext): Promise<ActionResult> {
  const { translator, locale } = context;
  const resident = await findResidentId(context.prisma, context.identity);
  if (!resident) return { slots: { offerCount: 0, offers: [], hasMore: false } };
  const page = Number(context.slots.offerPage ?? 0);
  const result = await recommendOpportunities({
    prisma: context.prisma,
    residentId: resident.id,
    now: context.now(),
    offset: page * OFFERS_PER_PAGE,
    count: OFFERS_PER_PAGE,
    locale,
  });
  const offers: DynamicOption[] = [];
  const outputs: Output[] = [];
  if (result.items.length > 0) {
    try {
      await recordRecommendationsShown({ prisma: context.prisma, opportunityIds: result.items.map((item) => item.opportunity.id), now: context.now() });
    } catch (error) {
      // A figure for the statistics; the resident sees the offers all the same.
      context.logger.warn({ err: safeError(error) }, "could not count recommendations shown");
    }
    const lines = result.items.map((item, index) => {
      const texts = localizeOpportunity(item.opportunity, locale);
      const rank = page * OFFERS_PER_PAGE + index + 1;
      offers.push({ value: offerValue(item.opportunity.id), text: buttonText(`${rank}. ${translator.isolate(locale, texts.title)}`) });
      const entry = translator.t(locale, "recommendations-item", {
        rank,
        title: texts.title,
        summary: texts.summary,
        organisation: item.opportunity.organisationName,
        why: describeReasons(translator, locale, item.reasons, result.districtNames),
      });
      return texts.germanOnly ? `${entry}\n${translator.t(locale, "offer-german-only")}` : entry;
    });
    const heading = translator.t(locale, page === 0 ? "recommendations-heading" : "recommendations-heading-more");
    outputs.push({ type: "text", text: [heading, ...lines].join("\n\n") });
  }
  return { slots: { offers, offerCount: offers.length, hasMore: result.hasMore }, outputs };
}
