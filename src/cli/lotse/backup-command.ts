// lotse backup FILE [--force]: a consistent copy of the database while the bot keeps running
// (src/services/network-admin/backup-database.ts). The database is copied as it is: no migration
// runs first, so a backup taken before an update holds the state before it.
//
//   lotse backup sicherungen/lotse-2026-11-23.db
import type { Command } from "commander";
import { parseDatabaseUrl } from "../../config";
import { BackupTargetExistsError, backupDatabase, DatabaseMissingError } from "../../services/network-admin/backup-database";
import type { LotseContext } from "../lotse";
import { formatBytes } from "./output";

export function registerBackupCommand(program: Command, context: LotseContext): void {
  const { t } = context;
  program
    .command("backup")
    .description(t("cli-backup-description"))
    .argument("<file>", t("cli-backup-argument-file"))
    .option("--force", t("cli-backup-option-force"))
    .addHelpText("after", `\n${t("cli-backup-help")}`)
    .action(async (file: string, options: { force?: boolean }) => {
      const databaseUrl = parseDatabaseUrl(context.env);
      try {
        const result = await backupDatabase({ databaseUrl, file, overwrite: options.force === true });
        context.io.out(t("cli-backup-done", { file: result.file, size: formatBytes(result.bytes, context.lang) }));
      } catch (error) {
        if (error instanceof BackupTargetExistsError) {
          context.io.err(t("cli-backup-exists", { file: error.file }));
        } else if (error instanceof DatabaseMissingError) {
          context.io.err(t("cli-backup-no-database", { file: error.file }));
        } else {
          throw error;
        }
        context.fail(1);
      }
    });
}
