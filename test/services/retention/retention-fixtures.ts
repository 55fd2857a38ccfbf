// Signups at known moments for the retention tests, made through the services as in the app:
// signed up, accepted (with a Führungszeugnis where asked), and ended (declined with a reason, or
// withdrawn by the resident) at a moment the test names. The clock is the test's.
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { askTeam } from "../../../src/services/relay/ask-team";
import { answerResident } from "../../../src/services/relay/answer-resident";
import { createSignup } from "../../../src/services/signup/create-signup";
import { recordCertificateCheck } from "../../../src/services/signup/record-certificate-check";
import { updateSignupStatus } from "../../../src/services/signup/update-signup-status";
import { withdrawSignup } from "../../../src/services/signup/withdraw-signup";
import { createMiniNetwork, createResident } from "../fixtures";

export const SIGNED_UP = new Date("2027-01-15T10:00:00Z");
export const ACCEPTED = new Date("2027-01-15T11:00:00Z");
/** When the signups of the tests end (declined or withdrawn), unless a test says otherwise. */
export const ENDED = new Date("2027-02-01T10:00:00Z");
export const COORDINATOR = "U0KIM00001";
/** A network manager (no organisation): may answer in every conversation, also the network's. */
export const NETWORK_MANAGER = "U0NETZ0001";
export const MINUTE = 60 * 1000;
export const DAY = 24 * 60 * MINUTE;

/** `at` moved by whole calendar months (UTC), as the retention periods count. */
export function monthsAfter(at: Date, months: number): Date {
  const moved = new Date(at);
  moved.setUTCMonth(moved.getUTCMonth() + months);
  return moved;
}

export type SignupStory =
  | { ends: "never"; accepted?: boolean }
  | { ends: "declined"; at: Date; reason?: string | null; accepted?: boolean }
  | { ends: "withdrawn"; at: Date; accepted?: boolean };

export async function retentionNetwork(prisma: PrismaClient) {
  const { mgh, opportunity } = await createMiniNetwork(prisma);
  const offer = await opportunity("leih-oma", { requirements: JSON.stringify(["fuehrungszeugnis"]) });
  await prisma.coordinator.create({ data: { name: "Kim", slackUserId: COORDINATOR, organisationId: mgh.id } });
  await prisma.coordinator.create({ data: { name: "Nora", slackUserId: NETWORK_MANAGER } });
  let residents = 0;

  /** A resident's signup with `message`, accepted (and its certificate recorded) unless told not to, then ended as the story says. */
  async function signup(story: SignupStory, options: { message?: string | null; certificate?: boolean } = {}) {
    const resident = await createResident(prisma, `r${++residents}`);
    const { id: signupId } = await createSignup({ prisma, residentId: resident.id, opportunityId: offer.id, message: options.message ?? null, now: SIGNED_UP });
    if (story.accepted !== false) {
      await updateSignupStatus({ prisma, signupId, status: "accepted", coordinatorSlackUserId: COORDINATOR, now: () => ACCEPTED });
      if (options.certificate) {
        await recordCertificateCheck({ prisma, signupId, coordinatorSlackUserId: COORDINATOR, seenOn: "2027-01-15", issuedOn: "2026-12-01", now: () => ACCEPTED });
      }
    }
    if (story.ends === "declined") {
      await updateSignupStatus({ prisma, signupId, status: "declined", coordinatorSlackUserId: COORDINATOR, reason: story.reason ?? null, now: () => story.at });
    } else if (story.ends === "withdrawn") {
      await withdrawSignup({ prisma, residentId: resident.id, signupId, now: story.at });
    }
    return { signupId, residentId: resident.id };
  }

  /** The resident writes to the team about their signup (or the network) at `at`; returns the thread. */
  async function question(residentId: number, topic: { signupId: number } | "network", at: Date, text = "Wann geht es los?") {
    const { threadId } = await askTeam({ prisma, residentId, topic: topic === "network" ? { kind: "network" } : { kind: "signup", signupId: topic.signupId }, text, now: at });
    return threadId;
  }

  /** The network manager answers in the thread at `at`. */
  async function answer(threadId: number, at: Date, text = "Am Samstag um zehn.") {
    await answerResident({ prisma, target: { threadId }, coordinatorSlackUserId: NETWORK_MANAGER, text, now: at });
  }

  return { offer, signup, question, answer };
}
