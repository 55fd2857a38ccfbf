import type { ActionResult } from "../../domain/flows/engine";
import { languagesCodec, residentSlotsCodec } from "../../db/codecs";
import { botLocaleSchema, PRIVACY_VERSION } from "../../domain/vocabulary";
import { eraseResident } from "../../services/resident/erase-resident";
import { findResident, findResidentId } from "../../services/resident/find-resident";
import { recordConsent } from "../../services/resident/record-consent";
import { saveResidentProfile } from "../../services/resident/save-resident-profile";
import { setResidentLocale } from "../../services/resident/set-resident-locale";
import type { ActionContext } from "../conversation-deps";

/** Loads what is stored about the resident into slots, so questions show the saved answers. */
export async function loadResident(context: ActionContext): Promise<ActionResult> {
  const resident = await findResident(context.prisma, context.identity);
  if (!resident) return { slots: { hasResident: false, hasConsent: false, profileComplete: false } };
  // A resident who agreed to an older privacy text is asked again.
  const hasConsent = resident.consentAt !== null && resident.consentVersion === PRIVACY_VERSION;
  return {
    slots: {
      hasResident: true,
      hasConsent,
      profileComplete: hasConsent && resident.profileCompleteAt !== null,
      locale: resident.locale,
      interests: resident.interests,
      timeSlots: residentSlotsCodec.decode(resident.timeSlots),
      hoursPerWeek: resident.hoursPerWeek === null ? null : String(resident.hoursPerWeek),
      district: resident.districtChoice === "district" ? resident.districtSlug : resident.districtChoice,
      languages: languagesCodec.decode(resident.languages),
    },
  };
}

export async function applyLocale(context: ActionContext): Promise<ActionResult> {
  const locale = botLocaleSchema.parse(context.slots.locale);
  await setResidentLocale({ prisma: context.prisma, identity: context.identity, locale });
  return { slots: { languageChosen: true } };
}

export async function recordConsentAction(context: ActionContext): Promise<ActionResult> {
  await recordConsent({ prisma: context.prisma, identity: context.identity, locale: context.locale, now: context.now() });
  return { slots: { hasResident: true, hasConsent: true } };
}

export async function saveProfile(context: ActionContext): Promise<ActionResult> {
  const resident = await findResidentId(context.prisma, context.identity);
  if (!resident) throw new Error("save_profile: no resident; the flow must record consent first");
  const { interests, timeSlots, hoursPerWeek, district, languages } = context.slots;
  await saveResidentProfile({
    prisma: context.prisma,
    residentId: resident.id,
    profile: { interests, timeSlots, hoursPerWeek, district, languages: languages ?? [] },
    now: context.now(),
  });
  return { slots: { profileComplete: true } };
}

export async function eraseResidentAction(context: ActionContext): Promise<ActionResult> {
  await eraseResident({ prisma: context.prisma, identity: context.identity, now: context.now(), by: "resident", wakeOutbox: context.wakeOutbox, logger: context.logger });
  // Only the language stays in this turn, to say goodbye in it; nothing is kept afterwards.
  return { slots: { locale: context.locale }, replaceSlots: true };
}
