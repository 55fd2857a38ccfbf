import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../src/generated/prisma/client";
import {
  CoordinatorNotResponsibleError,
  SignupNotFoundError,
  SignupStatusTransitionError,
  UnknownCoordinatorError,
  updateSignupStatus,
} from "../../src/services/signup/update-signup-status";
import { createTestDatabase } from "../support/db";
import { createSignupWithNotification, type SignupFixture } from "../support/slack/fixtures";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;
let fixture: SignupFixture;
const coordinatorSlackUserId = "U0COORD001";

beforeEach(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  fixture = await createSignupWithNotification(prisma);
  await prisma.coordinator.create({ data: { name: "Kim", slackUserId: coordinatorSlackUserId, organisationId: fixture.organisationId } });
});
afterEach(() => db.close());

describe("updateSignupStatus", () => {
  it("moves the signup on, stamps the time and queues one Telegram notification in the same transaction", async () => {
    const now = new Date("2026-12-01T10:00:00Z");
    const result = await updateSignupStatus({ prisma, signupId: fixture.signupId, status: "accepted", coordinatorSlackUserId, now: () => now });

    expect(result).toMatchObject({ signupId: fixture.signupId, previousStatus: "new", status: "accepted", changed: true, residentNotified: true });
    const signup = await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } });
    expect(signup.status).toBe("accepted");
    expect(signup.statusChangedAt).toEqual(now);
    const notification = await prisma.notification.findFirstOrThrow({ where: { channel: "telegram" } });
    expect(notification).toMatchObject({ kind: "signup-status-changed", status: "pending" });
    expect(JSON.parse(notification.payload)).toEqual({ signupId: fixture.signupId, residentId: fixture.residentId, status: "accepted" });
  });

  it("throws domain errors for unknown coordinators, foreign organisations, missing signups and forbidden moves", async () => {
    await expect(updateSignupStatus({ prisma, signupId: fixture.signupId, status: "accepted", coordinatorSlackUserId: "U0NOBODY01" })).rejects.toBeInstanceOf(
      UnknownCoordinatorError,
    );
    const org = await prisma.organisation.create({ data: { slug: "other", name: "Andere", description: "-", address: "-" } });
    await prisma.coordinator.create({ data: { name: "Sam", slackUserId: "U0OTHER001", organisationId: org.id } });
    await expect(updateSignupStatus({ prisma, signupId: fixture.signupId, status: "accepted", coordinatorSlackUserId: "U0OTHER001" })).rejects.toBeInstanceOf(
      CoordinatorNotResponsibleError,
    );
    await expect(updateSignupStatus({ prisma, signupId: 424242, status: "accepted", coordinatorSlackUserId })).rejects.toBeInstanceOf(SignupNotFoundError);

    await updateSignupStatus({ prisma, signupId: fixture.signupId, status: "declined", coordinatorSlackUserId });
    const error = await updateSignupStatus({ prisma, signupId: fixture.signupId, status: "accepted", coordinatorSlackUserId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignupStatusTransitionError);
    expect(error).toMatchObject({ from: "declined", to: "accepted" });
    expect(await prisma.notification.count({ where: { channel: "telegram" } })).toBe(1);
  });

  it("lets only one of two concurrent different clicks win", async () => {
    await updateSignupStatus({ prisma, signupId: fixture.signupId, status: "accepted", coordinatorSlackUserId });
    // accepted → declined is allowed; accepted → contacted is not. Racing a decline against itself:
    const results = await Promise.allSettled([
      updateSignupStatus({ prisma, signupId: fixture.signupId, status: "declined", coordinatorSlackUserId }),
      updateSignupStatus({ prisma, signupId: fixture.signupId, status: "declined", coordinatorSlackUserId }),
    ]);
    const changed = results.filter((r) => r.status === "fulfilled" && r.value.changed).length;
    expect(changed).toBe(1);
    expect(await prisma.notification.count({ where: { channel: "telegram", payload: { contains: "declined" } } })).toBe(1);
  });
});
