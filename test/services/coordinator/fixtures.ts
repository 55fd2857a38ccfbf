// Two organisations with their coordinators and a network manager, for the coordinators' tools.
// Signups and statuses go through the services (createSignup, updateSignupStatus), so they carry
// the status events and outbox rows the product writes.
import type { PrismaClient } from "../../../src/generated/prisma/client";
import type { CoordinatorStatus } from "../../../src/domain/signup-status";
import { createSignup } from "../../../src/services/signup/create-signup";
import { updateSignupStatus } from "../../../src/services/signup/update-signup-status";
import { createMiniNetwork, createResident } from "../fixtures";

export const MGH_COORDINATOR = "U0MGHKOORD";
export const TAFEL_COORDINATOR = "U0TAFELKOORD";
export const NETWORK_MANAGER = "U0NETZWERK";
export const STRANGER = "U0FREMD001";

export type CoordinatorNetwork = Awaited<ReturnType<typeof createCoordinatorNetwork>>;

export async function createCoordinatorNetwork(prisma: PrismaClient) {
  const mini = await createMiniNetwork(prisma);
  const tafel = await prisma.organisation.create({
    data: { slug: "tafel", name: "Saalberger Tafel e. V.", description: "Tafel", address: "Hafen 2", slackChannel: "C0TAFEL" },
  });
  const leihOma = await mini.opportunity("leih-oma", { title: "Leih-Oma gesucht" });
  const lesepaten = await mini.opportunity("lesepaten", { title: "Lesepaten" });
  const ausgabe = await mini.opportunity("tafel-ausgabe", { title: "Ausgabe am Samstag", organisationId: tafel.id });
  await prisma.coordinator.create({ data: { name: "Sabine", slackUserId: MGH_COORDINATOR, organisationId: mini.mgh.id } });
  await prisma.coordinator.create({ data: { name: "Renate", slackUserId: TAFEL_COORDINATOR, organisationId: tafel.id } });
  await prisma.coordinator.create({ data: { name: "Katrin", slackUserId: NETWORK_MANAGER, organisationId: null } });

  let residents = 0;
  /** A resident with a completed profile; by default interested in children (the mini network's offers). */
  const resident = (extra: Record<string, unknown> = {}) => {
    residents += 1;
    return createResident(prisma, `70${residents}`, { firstName: `Person${residents}`, telegramUsername: `person_${residents}`, ...extra });
  };

  /** A signup as a resident makes it, then the statuses a coordinator sets, each at its own time. */
  const signup = async (
    opportunityId: number,
    options: { at: Date; firstName?: string | null; steps?: Array<{ status: CoordinatorStatus; at: Date; by?: string }>; resident?: { id: number } } = { at: new Date() },
  ) => {
    const person = options.resident ?? (await resident(options.firstName === undefined ? {} : { firstName: options.firstName }));
    const created = await createSignup({ prisma, residentId: person.id, opportunityId, message: "Ich freue mich.", now: options.at });
    for (const step of options.steps ?? []) {
      const opportunity = await prisma.opportunity.findUniqueOrThrow({ where: { id: opportunityId } });
      const by = step.by ?? (opportunity.organisationId === tafel.id ? TAFEL_COORDINATOR : MGH_COORDINATOR);
      await updateSignupStatus({ prisma, signupId: created.id, status: step.status, coordinatorSlackUserId: by, now: () => step.at });
    }
    return { signupId: created.id, residentId: person.id, createdAt: created.createdAt };
  };

  return { ...mini, tafel, leihOma, lesepaten, ausgabe, resident, signup };
}
