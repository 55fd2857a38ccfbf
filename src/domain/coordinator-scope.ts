// Who may act for whom in Slack: a coordinator for their own organisation, a network manager (a
// coordinator without organisation) for every organisation and for the network itself. One
// rule for status buttons, answers to residents and the coordinators' commands.

/** organisationId null on the subject means the network (a general question, the network channel). */
export function mayActFor(coordinator: { organisationId: number | null }, subjectOrganisationId: number | null): boolean {
  if (coordinator.organisationId === null) return true;
  return subjectOrganisationId !== null && coordinator.organisationId === subjectOrganisationId;
}
