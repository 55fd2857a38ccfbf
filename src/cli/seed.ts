// npm run db:seed [-- path/to/network.yaml]
// Brings the database up to date and imports a network file (default: the sample network).
// Re-running it with an edited file updates the network in place; see importNetwork.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, parseDatabaseUrl } from "../config";
import { createPrismaClient } from "../db/client";
import { applyMigrations } from "../db/migrate";
import { importNetwork } from "../services/network/import-network";
import { NetworkFileError } from "../services/network/network-file-error";
import { readNetworkFile } from "../services/network/read-network-file";
import { SAMPLE_NETWORK_FILE } from "../services/network/seed-if-empty";


/** Runs the seed command; returns the process exit code. */
export async function runSeedCommand(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let databaseUrl: string;
  try {
    databaseUrl = parseDatabaseUrl(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`db:seed: ${error.message}`);
    return 1;
  }
  // Shown relative to the cwd so that error messages name the file the way the user typed it.
  const networkFilePath = args[0] ?? path.relative(process.cwd(), SAMPLE_NETWORK_FILE);

  let file;
  try {
    file = readNetworkFile(networkFilePath);
  } catch (error) {
    if (!(error instanceof NetworkFileError)) throw error;
    for (const problem of error.problems) console.error(problem);
    return 1;
  }

  const { applied } = await applyMigrations({ databaseUrl });
  if (applied.length > 0) console.log(`applied migrations: ${applied.join(", ")}`);

  const prisma = createPrismaClient(databaseUrl);
  try {
    const startedAt = performance.now();
    const counts = await importNetwork(prisma, file);
    const milliseconds = Math.round(performance.now() - startedAt);
    console.log(
      `imported ${networkFilePath} in ${milliseconds} ms: ${counts.districts} districts, ` +
        `${counts.organisations} organisations, ${counts.coordinators} coordinators, ${counts.opportunities} opportunities`,
    );
  } finally {
    await prisma.$disconnect();
  }
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  process.exitCode = await runSeedCommand(process.argv.slice(2), process.env).catch((error: unknown) => {
    console.error(`db:seed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  });
}
