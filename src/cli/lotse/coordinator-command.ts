// lotse coordinator add | list | remove: who acts on signups in Slack. A coordinator belongs to
// one organisation; without one, they are a network manager and act for all of them.
//
//   lotse coordinator add U0123ABCD --name "Sabine Krause" --org mgh-altstadt
//   lotse coordinator list
//   lotse coordinator remove U0123ABCD
import type { Command } from "commander";
import { addCoordinator, type CoordinatorRecord } from "../../services/network-admin/add-coordinator";
import { CoordinatorInputError } from "../../services/network-admin/coordinator-input";
import { listCoordinators } from "../../services/network-admin/list-coordinators";
import { CoordinatorNotFoundError, removeCoordinator } from "../../services/network-admin/remove-coordinator";
import { UnknownSlugError } from "../../services/network-admin/unknown-slug";
import type { LotseContext } from "../lotse";
import { formatTable, reportUnknownSlug } from "./output";

export function registerCoordinatorCommand(program: Command, context: LotseContext): void {
  const { t } = context;
  const coordinator = program.command("coordinator").description(t("cli-coordinator-description")).addHelpText("after", `\n${t("cli-coordinator-help")}`);

  coordinator
    .command("add")
    .description(t("cli-coordinator-add-description"))
    .argument("<slackUserId>", t("cli-argument-slack-user-id"))
    .requiredOption("--name <name>", t("cli-coordinator-option-name"))
    .option("--org <slug>", t("cli-coordinator-option-org"))
    .addHelpText("after", `\n${t("cli-coordinator-add-help")}`)
    .action((slackUserId: string, options: { name: string; org?: string }) =>
      handleErrors(context, async () => {
        const result = await context.withDatabase((prisma) =>
          addCoordinator({ prisma, slackUserId, name: options.name, ...(options.org === undefined ? {} : { organisationSlug: options.org }) }),
        );
        const who = describe(context, result.coordinator);
        if (result.outcome === "created") context.io.out(t("cli-coordinator-added", { coordinator: who }));
        else if (result.outcome === "unchanged") context.io.out(t("cli-coordinator-unchanged", { coordinator: who }));
        else context.io.out(t("cli-coordinator-updated", { before: describe(context, result.before), coordinator: who }));
      }),
    );

  coordinator
    .command("list")
    .description(t("cli-coordinator-list-description"))
    .action(() =>
      handleErrors(context, async () => {
        const coordinators = await context.withDatabase((prisma) => listCoordinators({ prisma }));
        if (coordinators.length === 0) {
          context.io.out(t("cli-coordinator-list-empty"));
          return;
        }
        const header = [t("cli-coordinator-column-name"), t("cli-coordinator-column-slack-user-id"), t("cli-coordinator-column-organisation")];
        const rows = coordinators.map((entry) => [entry.name, entry.slackUserId, entry.organisation === null ? t("cli-coordinator-network-manager") : `${entry.organisation.name} (${entry.organisation.slug})`]);
        context.io.out(formatTable(header, rows));
      }),
    );

  coordinator
    .command("remove")
    .description(t("cli-coordinator-remove-description"))
    .argument("<slackUserId>", t("cli-argument-slack-user-id"))
    .action((slackUserId: string) =>
      handleErrors(context, async () => {
        const removed = await context.withDatabase((prisma) => removeCoordinator({ prisma, slackUserId }));
        context.io.out(t("cli-coordinator-removed", { coordinator: describe(context, removed) }));
      }),
    );
}

/** "Sabine Krause (U0123ABCD), Mehrgenerationenhaus Altstadt" or "…, Netzwerk-Koordination". */
function describe(context: LotseContext, coordinator: CoordinatorRecord): string {
  const role = coordinator.organisation === null ? context.t("cli-coordinator-network-manager") : coordinator.organisation.name;
  return `${coordinator.name} (${coordinator.slackUserId}), ${role}`;
}

async function handleErrors(context: LotseContext, work: () => Promise<void>): Promise<void> {
  const { t } = context;
  try {
    await work();
  } catch (error) {
    if (error instanceof UnknownSlugError) {
      reportUnknownSlug(context, error);
    } else if (error instanceof CoordinatorInputError) {
      // A malformed argument is wrong usage (2), like a missing one.
      context.io.err(error.field === "slackUserId" ? t("cli-coordinator-invalid-slack-user-id", { value: error.value }) : t("cli-coordinator-invalid-name"));
      context.io.err(t("cli-see-help"));
      context.fail(2);
    } else if (error instanceof CoordinatorNotFoundError) {
      context.io.err(t("cli-coordinator-not-found", { slackUserId: error.slackUserId }));
      context.fail(1);
    } else {
      throw error;
    }
  }
}
