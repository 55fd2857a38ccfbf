import type { ActionResult, DynamicOption } from "../../domain/flows/engine";
import { getOpportunityDetails } from "../../services/opportunity/get-opportunity-details";
import { findResidentId } from "../../services/resident/find-resident";
import { createSignup, OpportunityUnavailableError, SignupDuplicateError } from "../../services/signup/create-signup";
import { listResidentSignups } from "../../services/signup/list-resident-signups";
import { isOpenSignupStatus } from "../../domain/signup-status";
import { SignupNotWithdrawableError, withdrawSignup } from "../../services/signup/withdraw-signup";
import type { ActionContext } from "../conversation-deps";
import { buttonText, describeOpportunity, describeRequirements, localizedTitle } from "../present";
import { parseOfferValue } from "./recommendation-actions";

export async function showOpportunity(context: ActionContext): Promise<ActionResult> {
  const resident = await findResidentId(context.prisma, context.identity);
  const opportunityId = parseOfferValue(context.slots.offerChoice);
  const details =
    resident && opportunityId !== null
      ? await getOpportunityDetails({ prisma: context.prisma, opportunityId, residentId: resident.id, now: context.now(), locale: context.locale })
      : null;
  if (!details) return { slots: { isAvailable: false, alreadySignedUp: false } };
  return {
    outputs: [{ type: "text", text: describeOpportunity(context.translator, context.locale, details) }],
    slots: {
      opportunityId: details.id,
      opportunityTitle: localizedTitle(details, context.locale),
      organisationName: details.organisation.name,
      hasRequirements: details.requirements.length > 0,
      requirementsText: describeRequirements(context.translator, context.locale, details.requirements),
      isAvailable: details.isAvailable,
      alreadySignedUp: details.alreadySignedUp,
      signupMessage: null,
    },
  };
}

export async function createSignupAction(context: ActionContext): Promise<ActionResult> {
  const resident = await findResidentId(context.prisma, context.identity);
  const opportunityId = context.slots.opportunityId;
  if (!resident || typeof opportunityId !== "number") return { slots: { signupResult: "unavailable" } };
  const message = typeof context.slots.signupMessage === "string" ? context.slots.signupMessage : null;
  try {
    // The flow asked for consent to pass the first name and Telegram contact: the username is stored with it.
    await createSignup({
      prisma: context.prisma,
      residentId: resident.id,
      opportunityId,
      message,
      telegramUsername: context.identity.telegramUsername,
      now: context.now(),
      wakeOutbox: context.wakeOutbox,
    });
  } catch (error) {
    if (error instanceof SignupDuplicateError) return { slots: { signupResult: "duplicate" } };
    if (error instanceof OpportunityUnavailableError) return { slots: { signupResult: "unavailable" } };
    throw error;
  }
  return { slots: { signupResult: "created" } };
}

export function signupValue(signupId: number): string {
  return `s${signupId}`;
}
export function parseSignupValue(value: unknown): number | null {
  const match = typeof value === "string" ? /^s(\d{1,9})$/.exec(value) : null;
  return match ? Number(match[1]) : null;
}

export async function listSignups(context: ActionContext): Promise<ActionResult> {
  const { translator, locale } = context;
  const resident = await findResidentId(context.prisma, context.identity);
  const signups = resident ? await listResidentSignups(context.prisma, resident.id, locale) : [];
  if (signups.length === 0) return { slots: { signupCount: 0, withdrawableCount: 0, withdrawable: [] } };
  const withdrawable: DynamicOption[] = [];
  const lines = signups.map((signup) => {
    const title = localizedTitle(signup.opportunity, locale);
    if (isOpenSignupStatus(signup.status)) {
      withdrawable.push({ value: signupValue(signup.id), text: buttonText(translator.t(locale, "my-signups-withdraw-button", { title })) });
    }
    return translator.t(locale, "my-signups-item", {
      title,
      organisation: signup.opportunity.organisation.name,
      status: translator.t(locale, `my-signups-status-${signup.status}`),
    });
  });
  return {
    outputs: [{ type: "text", text: [translator.t(locale, "my-signups-heading"), ...lines].join("\n\n") }],
    slots: { signupCount: signups.length, withdrawableCount: withdrawable.length, withdrawable },
  };
}

export async function withdrawSignupAction(context: ActionContext): Promise<ActionResult> {
  const resident = await findResidentId(context.prisma, context.identity);
  const signupId = parseSignupValue(context.slots.signupChoice);
  const notWithdrawable: ActionResult = { slots: { withdrawResult: "not-withdrawable" } };
  if (!resident || signupId === null) return notWithdrawable;
  // "consent" (flows/my-signups.yaml): withdrawn together with the consent to pass the data on.
  const withdrawConsent = context.slots.withdrawChoice === "consent";
  try {
    await withdrawSignup({ prisma: context.prisma, residentId: resident.id, signupId, now: context.now(), withdrawConsent, wakeOutbox: context.wakeOutbox });
  } catch (error) {
    if (error instanceof SignupNotWithdrawableError) return notWithdrawable;
    throw error;
  }
  return { slots: { withdrawResult: withdrawConsent ? "consent-withdrawn" : "withdrawn" } };
}
