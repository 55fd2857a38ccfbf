// Small database fixtures for the Slack tests: an organisation with one opportunity, a
// resident with a signup, and the outbox row the signup service writes with it.
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { loadTranslator, type Translator } from "../../../src/i18n/translator";
import { enqueueNotification } from "../../../src/services/notification/enqueue";

export const LOCALES_DIR = fileURLToPath(new URL("../../../locales", import.meta.url));

let translator: Translator | undefined;
export function testTranslator(): Translator {
  translator ??= loadTranslator(LOCALES_DIR);
  return translator;
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

export interface OrganisationFixture {
  organisationId: number;
  opportunityId: number;
  districtId: number;
}

export async function createOrganisation(
  prisma: PrismaClient,
  options: { name?: string; slackChannel?: string | null; title?: string } = {},
): Promise<OrganisationFixture> {
  const district = await prisma.district.create({ data: { slug: unique("district"), name: "Nordstadt" } });
  const organisation = await prisma.organisation.create({
    data: {
      slug: unique("org"),
      name: options.name ?? "Tafel Nordstadt e.V.",
      description: "Lebensmittel retten und verteilen",
      address: "Hauptstraße 1",
      slackChannel: options.slackChannel === undefined ? "C0TAFEL001" : options.slackChannel,
    },
  });
  const opportunity = await prisma.opportunity.create({
    data: {
      slug: unique("lebensmittel-ausgabe"),
      organisationId: organisation.id,
      title: options.title ?? "Lebensmittelausgabe am Samstag",
      summary: "Ausgabe an Bedürftige",
      description: "Samstags Lebensmittel ausgeben",
      locationKind: "district",
      districtId: district.id,
      hoursPerWeek: 3,
      frequency: "regular",
    },
  });
  return { organisationId: organisation.id, opportunityId: opportunity.id, districtId: district.id };
}

export interface SignupFixture extends OrganisationFixture {
  residentId: number;
  signupId: number;
  notificationId: number;
}

/** A signup as the lead's create-signup service leaves it: Signup + pending Slack notification. */
export async function createSignupWithNotification(
  prisma: PrismaClient,
  options: {
    organisation?: OrganisationFixture;
    slackChannel?: string | null;
    firstName?: string | null;
    telegramUsername?: string | null;
    contactConsent?: boolean;
    message?: string | null;
    status?: string;
    notificationCreatedAt?: Date;
  } = {},
): Promise<SignupFixture> {
  const organisation =
    options.organisation ??
    (await createOrganisation(prisma, options.slackChannel === undefined ? {} : { slackChannel: options.slackChannel }));
  const resident = await prisma.resident.create({
    data: {
      channel: "telegram",
      channelUserId: unique("tg"),
      firstName: options.firstName === undefined ? "Amira" : options.firstName,
      telegramUsername: options.telegramUsername === undefined ? "amira_k" : options.telegramUsername,
      languages: JSON.stringify(["de", "ar"]),
      consentAt: new Date(),
      consentVersion: "2026-11",
    },
  });
  const signup = await prisma.signup.create({
    data: {
      residentId: resident.id,
      opportunityId: organisation.opportunityId,
      message: options.message === undefined ? "Ich habe samstags Zeit." : options.message,
      status: options.status ?? "new",
      contactConsentAt: options.contactConsent === false ? null : new Date(),
    },
  });
  // The row goes through the one enqueue the services use; only its time is set by hand.
  await prisma.$transaction((tx) => enqueueNotification(tx, "signup-created", { signupId: signup.id }));
  const notification = await prisma.notification.findFirstOrThrow({ where: { kind: "signup-created" }, orderBy: { id: "desc" } });
  if (options.notificationCreatedAt) {
    await prisma.notification.update({
      where: { id: notification.id },
      data: { createdAt: options.notificationCreatedAt, nextAttemptAt: options.notificationCreatedAt },
    });
  }
  return { ...organisation, residentId: resident.id, signupId: signup.id, notificationId: notification.id };
}

/**
 * Registers coordinators by Slack user id: `own` for the given organisation, `other` for a second
 * organisation ("Sportverein", channel C0SPORT001), `networkManager` for none (the whole network).
 */
export async function registerCoordinators(
  prisma: PrismaClient,
  options: { organisationId: number; own: string; other?: string; networkManager?: string },
): Promise<void> {
  const other = options.other === undefined ? undefined : await createOrganisation(prisma, { name: "Sportverein", slackChannel: "C0SPORT001" });
  await prisma.coordinator.createMany({
    data: [
      { name: "Kim", slackUserId: options.own, organisationId: options.organisationId },
      ...(other ? [{ name: "Sam", slackUserId: options.other!, organisationId: other.organisationId }] : []),
      ...(options.networkManager === undefined ? [] : [{ name: "Netzwerk", slackUserId: options.networkManager, organisationId: null }]),
    ],
  });
}
