import type { SignupStatus } from "../../domain/vocabulary";

/** Signups that hold a place: they count against capacity and can still be withdrawn. */
export const OPEN_SIGNUP_STATUSES = ["new", "contacted", "accepted"] as const satisfies readonly SignupStatus[];
