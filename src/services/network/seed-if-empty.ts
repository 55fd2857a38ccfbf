import type { PrismaClient } from "../../generated/prisma/client";
import { importNetwork } from "./import-network";
import { readNetworkFile } from "./read-network-file";
import { projectPath } from "../../paths";

/** The sample network shipped with the repository (prisma/seed/network.yaml), independent of the cwd. */
export const SAMPLE_NETWORK_FILE = projectPath("prisma", "seed", "network.yaml");

/**
 * On first start the database has no network yet; then the sample network from `seedFilePath`
 * is imported so that the bot has something to offer. Once any organisation exists the network
 * belongs to the network manager, and a restart must not touch it. Returns whether it seeded.
 * Throws NetworkFileError if the seed file is unusable.
 */
export async function seedNetworkIfEmpty(prisma: PrismaClient, seedFilePath: string): Promise<boolean> {
  const organisationCount = await prisma.organisation.count();
  if (organisationCount > 0) return false;
  await importNetwork(prisma, readNetworkFile(seedFilePath));
  return true;
}
