// Generates the Prisma client into src/generated/prisma after `npm ci`.
// The Prisma CLI wants to download a native schema engine even for `generate`, which fails
// offline; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file makes it skip that
// download (generate never runs the engine). Migrations use the WebAssembly engine instead.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const prismaCli = fileURLToPath(new URL("../node_modules/prisma/build/index.js", import.meta.url));
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync(process.execPath, [prismaCli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
