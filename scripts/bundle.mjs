// The production bundle in dist/ (esbuild), shared by `npm run build` (type check, then this) and
// `npm start` (this, when the bundle is missing or older than the sources; see start.mjs).
//
// dist/main.js and a few more entry points the benchmarks load (bench/support/memory-child.mjs)
// share chunks, so there is one instance of each module. Slack's part
// (src/channels/slack/start-slack.ts, imported once Telegram is up) is a chunk of its own, which
// loads Slack's libraries from node_modules (see SLACK_PACKAGES). Every
// file sits directly in dist/ or below it at the depth of its source below src/, and src/paths.ts
// finds the project's folders from dist/ as from src/. Left outside the bundle: the native SQLite
// driver and Prisma's packages, which load their own .node and WebAssembly files relative to
// themselves, and Slack's. dist/flows.parsed.json holds the flows' YAML already read (src/domain/flows/load-flows.ts);
// dist/locales.checked.json the digests of the locale files found free of errors (src/i18n/translator.ts).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
export const DIST_DIR = path.join(root, "dist");
export const DIST_MAIN = path.join(DIST_DIR, "main.js");
const ENTRY_POINTS = ["main", "app", "config", "logger", "services/opportunity/offer-index"];
/**
 * Slack's libraries stay in node_modules (both are direct dependencies, so always there): with
 * what they pull in (Socket Mode's undici, Express's body parsers and character sets, MIME tables)
 * they were over half of what esbuild read and half of the bundling time, which `npm start` pays
 * after every change in src/. They load only after Telegram answers (src/app.ts), off the path to
 * the first reply; from node_modules that takes 0.1–0.2 s longer than from a chunk, once.
 * test/e2e/console.test.ts loads the bundle's Slack chunk the way production does.
 */
const SLACK_PACKAGES = ["@slack/bolt", "@slack/web-api"];
/** The dependencies and this script: a change makes the bundle stale and its earlier readings too. */
const TOOL_INPUTS = [path.join(root, "package-lock.json"), fileURLToPath(import.meta.url)];
/** What the bundle is made from: a change to any of these makes it stale. */
const INPUTS = [path.join(root, "src"), ...TOOL_INPUTS];

/** The key of a file's text in the artifacts, as src/domain/content-digest.ts computes it. */
const digest = (text) => createHash("sha256").update(text).digest("hex");

function newestIn(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((latest, name) => Math.max(latest, newestIn(path.join(target, name))), stat.mtimeMs);
}

/**
 * node-fetch 2 (grammY's default HTTP client on Node; grammY loads it although the bot passes its own,
 * src/channels/telegram/bot-api-fetch.ts) takes `URL` from node:url and only falls back to the
 * whatwg-url package where that is missing, which never happens on Node ≥ 10; yet it loads the
 * package, whose Unicode table (tr46) was a fifth of the code read at start-up. In the bundle the
 * package is Node's own URL.
 */
const builtinUrlForNodeFetch = {
  name: "builtin-url-for-node-fetch",
  setup(build) {
    build.onResolve({ filter: /^whatwg-url$/ }, (args) =>
      args.importer.includes(`${path.sep}node-fetch${path.sep}`) ? { path: "whatwg-url", namespace: "builtin-url" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "builtin-url" }, () => ({
      contents: "module.exports = { URL: globalThis.URL, URLSearchParams: globalThis.URLSearchParams };",
      loader: "js",
    }));
  },
};

/**
 * Prisma's generated client (src/generated/prisma/internal/class.ts) gets its query compiler from a
 * 2.2 MB JavaScript module holding the WebAssembly as base64 text: compiling that module and
 * decoding the text took ~80 ms of every start. In the bundle it reads the WebAssembly from
 * dist/ (written by bundle() below) and compiles it off the main thread. If a new Prisma version
 * generates other code, the build stops here rather than ship a bundle that loads it differently.
 */
const WASM_IMPORT = /const \{ wasm \} = await import\("(@prisma\/client\/runtime\/query_compiler_\w+_bg\.\w+\.wasm-base64\.mjs)"\)\s*return await decodeBase64AsWasm\(wasm\)/;
export const QUERY_COMPILER_WASM = "prisma-query-compiler.wasm";
let queryCompilerBase64Module = null;
const queryCompilerFromWasmFile = {
  name: "query-compiler-from-wasm-file",
  setup(build) {
    build.onLoad({ filter: /[\\/]generated[\\/]prisma[\\/]internal[\\/]class\.ts$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const found = WASM_IMPORT.exec(source);
      if (!found) throw new Error(`${args.path}: Prisma's query compiler is no longer loaded from a base64 module; update queryCompilerFromWasmFile in scripts/bundle.mjs`);
      queryCompilerBase64Module = found[1];
      const replacement = `const { readFile } = await import("node:fs/promises")
    return await WebAssembly.compile(await readFile(new URL("./${QUERY_COMPILER_WASM}", import.meta.url)))`;
      return { contents: source.replace(WASM_IMPORT, replacement), loader: "ts" };
    });
  },
};

const FLOWS_FILE = "flows.parsed.json";
const LOCALES_FILE = "locales.checked.json";

/**
 * What the last bundle read from the flow and locale files, by digest of each file: an unchanged
 * file need not be read again (YAML and exact Fluent parsing were a fifth of the bundling time that
 * `npm start` pays after a change in src/). Null when there is none, or when package-lock.json or
 * this script changed since (another parser version might read a file differently).
 */
function earlierReadings() {
  try {
    const built = statSync(DIST_MAIN).mtimeMs;
    if (TOOL_INPUTS.some((input) => newestIn(input) > built)) return null;
    const flows = JSON.parse(readFileSync(path.join(DIST_DIR, FLOWS_FILE), "utf8"));
    const locales = JSON.parse(readFileSync(path.join(DIST_DIR, LOCALES_FILE), "utf8"));
    const valid = typeof flows === "object" && flows !== null && !Array.isArray(flows) && Array.isArray(locales) && locales.every((key) => typeof key === "string");
    return valid ? { flows, locales: new Set(locales) } : null;
  } catch {
    return null;
  }
}

/** dist/main.js is missing or older than a source file, package-lock.json or this script. */
export function bundleIsStale() {
  if (!existsSync(DIST_MAIN)) return true;
  const built = statSync(DIST_MAIN).mtimeMs;
  return INPUTS.some((input) => newestIn(input) > built);
}

/** Writes dist/ anew; resolves with the number of files and bytes written. */
export async function bundle() {
  // Loaded here, not at the top: `npm start` with a current bundle does not need it.
  const { build } = await import("esbuild");
  const earlier = earlierReadings();
  // Stale files of an earlier build (other chunk names) would otherwise stay behind.
  rmSync(DIST_DIR, { recursive: true, force: true });
  const result = await build({
    entryPoints: Object.fromEntries(ENTRY_POINTS.map((name) => [name, path.join(root, "src", `${name}.ts`)])),
    outdir: DIST_DIR,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    minify: process.env.BUNDLE_NO_MINIFY ? false : true,
    // Names stay: stack traces in the logs keep naming functions (and node-fetch, should anything
    // under grammY still use it, recognises an AbortSignal by its class name).
    keepNames: true,
    external: ["better-sqlite3", "@prisma/client", "@prisma/adapter-better-sqlite3", "@prisma/schema-engine-wasm", ...SLACK_PACKAGES],
    // Bundled CommonJS packages call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [builtinUrlForNodeFetch, queryCompilerFromWasmFile],
    logLevel: "warning",
    metafile: true,
  });

  if (!queryCompilerBase64Module) throw new Error("the bundle has no Prisma client (src/generated/prisma/internal/class.ts)");
  const { wasm } = await import(queryCompilerBase64Module);
  writeFileSync(path.join(DIST_DIR, QUERY_COMPILER_WASM), Buffer.from(wasm, "base64"));

  const { flows, locales } = await readFlowsAndLocales(root, earlier);
  writeFileSync(path.join(DIST_DIR, FLOWS_FILE), JSON.stringify(flows));
  writeFileSync(path.join(DIST_DIR, LOCALES_FILE), JSON.stringify(locales));
  const outputs = Object.values(result.metafile.outputs);
  return { files: outputs.length + 1, bytes: outputs.reduce((sum, output) => sum + output.bytes, 0) };
}

/**
 * The flows' YAML already read, by digest of each file (src/domain/flows/load-flows.ts), and the
 * digests of the locale files the exact Fluent parser reads without an error (src/i18n/translator.ts):
 * at start-up only the others are read by those parsers again. A file the earlier readings have
 * (earlierReadings) is taken from them; the parsers load only when a file needs one.
 */
export async function readFlowsAndLocales(projectRoot, earlier) {
  const flowsDir = path.join(projectRoot, "flows");
  const flows = {};
  let parseYaml = null;
  for (const name of readdirSync(flowsDir).filter((file) => /\.ya?ml$/.test(file)).sort()) {
    const source = readFileSync(path.join(flowsDir, name), "utf8");
    const key = digest(source);
    if (earlier && Object.hasOwn(earlier.flows, key)) {
      flows[key] = earlier.flows[key];
      continue;
    }
    parseYaml ??= (await import("yaml")).parse;
    try {
      flows[key] = parseYaml(source);
    } catch {
      // Left out: the start reads it and names the problem with file and line.
    }
  }

  const localesDir = path.join(projectRoot, "locales");
  let fluent = null;
  const locales = [];
  for (const locale of readdirSync(localesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const name of readdirSync(path.join(localesDir, locale.name)).filter((file) => file.endsWith(".ftl"))) {
      const source = readFileSync(path.join(localesDir, locale.name, name), "utf8");
      const key = digest(source);
      if (earlier?.locales.has(key)) {
        locales.push(key);
        continue;
      }
      if (!fluent) {
        const { FluentParser, Junk } = await import("@fluent/syntax");
        fluent = { parser: new FluentParser({ withSpans: false }), Junk };
      }
      if (!fluent.parser.parse(source).body.some((entry) => entry instanceof fluent.Junk)) locales.push(key);
    }
  }
  return { flows, locales };
}
