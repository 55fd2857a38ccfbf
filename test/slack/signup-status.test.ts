import { describe, expect, it } from "vitest";
import { canTransition, COORDINATOR_STATUSES, isFinalStatus, nextStatuses } from "../../src/domain/signup-status";
import { SIGNUP_STATUSES } from "../../src/domain/vocabulary";

describe("signup status transitions", () => {
  it("lets coordinators move new and contacted signups on", () => {
    expect(nextStatuses("new", "coordinator")).toEqual(["contacted", "accepted", "declined"]);
    expect(nextStatuses("contacted", "coordinator")).toEqual(["accepted", "declined"]);
  });

  it("allows only declining after acceptance", () => {
    expect(nextStatuses("accepted", "coordinator")).toEqual(["declined"]);
    expect(canTransition("accepted", "contacted", "coordinator")).toBe(false);
  });

  it("treats declined and withdrawn as final for everybody", () => {
    for (const to of SIGNUP_STATUSES) {
      for (const actor of ["coordinator", "resident"] as const) {
        expect(canTransition("declined", to, actor)).toBe(false);
        expect(canTransition("withdrawn", to, actor)).toBe(false);
      }
    }
    expect(isFinalStatus("declined")).toBe(true);
    expect(isFinalStatus("withdrawn")).toBe(true);
    expect(isFinalStatus("accepted")).toBe(false);
  });

  it("leaves withdrawing to the resident", () => {
    for (const from of ["new", "contacted", "accepted"] as const) {
      expect(canTransition(from, "withdrawn", "resident")).toBe(true);
      expect(canTransition(from, "withdrawn", "coordinator")).toBe(false);
    }
    expect(nextStatuses("new", "resident")).toEqual(["withdrawn"]);
  });

  it("never moves back to new and never treats staying as a move", () => {
    for (const from of SIGNUP_STATUSES) {
      expect(canTransition(from, "new", "coordinator")).toBe(false);
      expect(canTransition(from, from, "coordinator")).toBe(false);
    }
  });

  it("offers coordinators only the statuses they may set", () => {
    for (const from of SIGNUP_STATUSES) {
      for (const to of nextStatuses(from, "coordinator")) expect(COORDINATOR_STATUSES).toContain(to);
    }
  });
});
