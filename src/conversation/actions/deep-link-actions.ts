// Deep links (a poster's QR code): "/start o12" opens the bot at that offer. /start remembers
// the offer in a slot (runTurn, startSlots); flows/onboarding.yaml asks open_start_offer for it
// right away when the resident has a profile, and after the last profile question otherwise,
// and goes on to the signup flow, which shows the offer as if it had been tapped in the list.
import type { ActionResult } from "../../domain/flows/engine";
import { parseOfferPayload } from "../../domain/deep-link";
import { getOpportunityDetails } from "../../services/opportunity/get-opportunity-details";
import { findResidentId } from "../../services/resident/find-resident";
import type { ActionContext } from "../conversation-deps";
import { offerValue, parseOfferValue } from "./recommendation-actions";

/** The slot that carries a deep link's offer ("o12") through onboarding; "" or null = none. */
export const START_OFFER_SLOT = "startOffer";

/**
 * The slots /start sets: the offer its payload names, or "" for a plain /start (or a payload
 * that is not an offer's), so an offer remembered by an earlier, unfinished /start is forgotten.
 */
export function startSlots(payload: string | undefined): Record<string, string> {
  const opportunityId = parseOfferPayload(payload);
  return { [START_OFFER_SLOT]: opportunityId === null ? "" : offerValue(opportunityId) };
}

/**
 * Takes the remembered offer (once: the slot is cleared) and, when it can be shown, hands it to
 * the signup flow as its offerChoice (startOfferReady). An offer that does not exist is ignored:
 * the resident gets the normal start. One that exists but takes no signups now (paused, full,
 * expired, switched off) is said to be so, then the normal start follows with the list.
 */
export async function openStartOffer(context: ActionContext): Promise<ActionResult> {
  const none: ActionResult = { slots: { [START_OFFER_SLOT]: null, startOfferReady: false } };
  const opportunityId = parseOfferValue(context.slots[START_OFFER_SLOT]);
  if (opportunityId === null) return none;
  const resident = await findResidentId(context.prisma, context.identity);
  if (!resident) return none;
  const details = await getOpportunityDetails({ prisma: context.prisma, opportunityId, residentId: resident.id, now: context.now(), locale: context.locale });
  if (!details) return none;
  // Already signed up (which may be what fills its last place): the signup flow shows it and says so.
  if (!details.isAvailable && !details.alreadySignedUp) return { ...none, outputs: [{ type: "message", key: "signup-unavailable" }] };
  return { slots: { [START_OFFER_SLOT]: null, startOfferReady: true, offerChoice: offerValue(opportunityId) } };
}
