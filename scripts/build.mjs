// `npm run build`: the production build in dist/ for `npm run start:prod` (node dist/main.js), so
// production neither compiles TypeScript nor loads hundreds of files at every start.
//
// 1. Type-check src/ (tsconfig.build.json); any error fails the build.
// 2. Bundle with esbuild: dist/main.js and a few more entry points the benchmarks load
//    (bench/support/memory-child.mjs), sharing chunks, so there is one instance of each module.
//    Slack's part (src/channels/slack/start-slack.ts, imported once Telegram is up) is a chunk of
//    its own. Every bundle file sits directly in dist/ or below it at the depth of its source
//    below src/, and src/paths.ts finds the project's folders from dist/ as from src/.
//    Left outside the bundle: the native SQLite driver and Prisma's packages, which load their
//    own .node and WebAssembly files relative to themselves.
// 3. Write dist/flows.parsed.json: the flows' YAML already read (see src/domain/flows/load-flows.ts).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import ts from "typescript";
import { parse } from "yaml";

const root = fileURLToPath(new URL("..", import.meta.url));
const configPath = path.join(root, "tsconfig.build.json");
const outDir = path.join(root, "dist");

const read = ts.readConfigFile(configPath, ts.sys.readFile);
if (read.error) fail([read.error]);
const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath);
if (parsed.errors.length > 0) fail(parsed.errors);
const program = ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
const typeErrors = ts.getPreEmitDiagnostics(program).filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
if (typeErrors.length > 0) fail(typeErrors);

// Stale files of an earlier build (other chunk names) would otherwise stay behind.
rmSync(outDir, { recursive: true, force: true });
const entryPoints = ["main", "app", "config", "logger", "services/opportunity/offer-index"];
const result = await build({
  entryPoints: Object.fromEntries(entryPoints.map((name) => [name, path.join(root, "src", `${name}.ts`)])),
  outdir: outDir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  // Names stay: node-fetch (under grammY) recognises an AbortSignal by its class name, and stack
  // traces in the logs keep naming functions.
  keepNames: true,
  external: ["better-sqlite3", "@prisma/client", "@prisma/adapter-better-sqlite3", "@prisma/schema-engine-wasm"],
  // Bundled CommonJS packages call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: "warning",
  metafile: true,
});
if (result.errors.length > 0) process.exit(1);

const flowsDir = path.join(root, "flows");
const preparsed = {};
for (const name of readdirSync(flowsDir).filter((file) => /\.ya?ml$/.test(file)).sort()) {
  const source = readFileSync(path.join(flowsDir, name), "utf8");
  try {
    preparsed[createHash("sha256").update(source).digest("hex")] = parse(source);
  } catch {
    // Left out: the start reads it and names the problem with file and line.
  }
}
writeFileSync(path.join(outDir, "flows.parsed.json"), JSON.stringify(preparsed));

const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
process.stdout.write(`checked ${parsed.fileNames.length} files, bundled into ${Object.keys(result.metafile.outputs).length} files in dist/ (${(bytes / 1e6).toFixed(1)} MB)\n`);

function fail(diagnostics) {
  const host = { getCanonicalFileName: (name) => name, getCurrentDirectory: () => root, getNewLine: () => "\n" };
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  process.stderr.write(`build failed: ${diagnostics.length} error(s)\n`);
  process.exit(1);
}
