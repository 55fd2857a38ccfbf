// `npm run build`: type-checks src/ (tsconfig.build.json) and writes the production bundle in
// dist/ (scripts/bundle.mjs) for `npm run start:prod` (node with its options, dist/main.js), so production neither
// compiles TypeScript nor loads hundreds of files at every start. A type error fails the build.
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { bundle } from "./bundle.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const configPath = path.join(root, "tsconfig.build.json");

const read = ts.readConfigFile(configPath, ts.sys.readFile);
if (read.error) fail([read.error]);
const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath);
if (parsed.errors.length > 0) fail(parsed.errors);
const program = ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
const typeErrors = ts.getPreEmitDiagnostics(program).filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
if (typeErrors.length > 0) fail(typeErrors);

const { files, bytes } = await bundle();
process.stdout.write(`checked ${parsed.fileNames.length} files, bundled into ${files} files in dist/ (${(bytes / 1e6).toFixed(1)} MB)\n`);

function fail(diagnostics) {
  const host = { getCanonicalFileName: (name) => name, getCurrentDirectory: () => root, getNewLine: () => "\n" };
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  process.stderr.write(`build failed: ${diagnostics.length} error(s)\n`);
  process.exit(1);
}
