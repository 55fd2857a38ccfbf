// `npm run build`: compiles src/ to plain JavaScript in dist/ for `npm run start:prod`
// (node dist/main.js), so production does not compile TypeScript at every start.
//
// The sources import each other without file extensions ("./config"), as tsx and vitest resolve
// them. Node's ESM loader does not: it needs "./config.js" or "./dir/index.js". tsc keeps import
// specifiers as written, so this script runs the TypeScript compiler (tsconfig.build.json:
// type-checked, one .js per .ts) with one extra transform that adds the extension to every
// relative import and export, checked against the source tree. A specifier that names no source
// file fails the build instead of the start-up.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("..", import.meta.url));
const configPath = path.join(root, "tsconfig.build.json");

const read = ts.readConfigFile(configPath, ts.sys.readFile);
if (read.error) fail([read.error]);
const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath);
if (parsed.errors.length > 0) fail(parsed.errors);

const outDir = parsed.options.outDir;
if (!outDir) throw new Error("tsconfig.build.json needs an outDir");
// Stale files of renamed or deleted sources would otherwise stay importable.
rmSync(outDir, { recursive: true, force: true });

const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
const typeErrors = ts.getPreEmitDiagnostics(program).filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
if (typeErrors.length > 0) fail(typeErrors);

const unresolved = [];
const result = program.emit(undefined, undefined, undefined, false, { after: [addExtensions] });
const emitErrors = result.diagnostics.filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
if (emitErrors.length > 0) fail(emitErrors);
if (unresolved.length > 0) {
  process.stderr.write(`build failed: relative imports that name no source file:\n${unresolved.map((line) => `  ${line}`).join("\n")}\n`);
  process.exit(1);
}
process.stdout.write(`built ${parsed.fileNames.length} files into ${path.relative(root, outDir)}/\n`);

/** "./config" → "./config.js", "./actions" → "./actions/index.js"; packages and "node:" stay. */
function withExtension(fromFile, specifier) {
  if (!specifier.startsWith("./") && !specifier.startsWith("../")) return specifier;
  if (/\.(m?js|json)$/.test(specifier)) return specifier;
  const target = path.resolve(path.dirname(fromFile), specifier);
  if (existsSync(`${target}.ts`)) return `${specifier}.js`;
  if (existsSync(path.join(target, "index.ts"))) return `${specifier}/index.js`;
  unresolved.push(`${path.relative(root, fromFile)}: "${specifier}"`);
  return specifier;
}

/** After tsc's own transforms: only imports that survive into the JavaScript are left to rewrite. */
function addExtensions(context) {
  const { factory } = context;
  return (sourceFile) => {
    const fileName = sourceFile.fileName;
    const rewrite = (literal) => {
      const next = withExtension(fileName, literal.text);
      return next === literal.text ? literal : factory.createStringLiteral(next);
    };
    const visit = (node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        return factory.updateImportDeclaration(node, node.modifiers, node.importClause, rewrite(node.moduleSpecifier), node.attributes);
      }
      if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        return factory.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, rewrite(node.moduleSpecifier), node.attributes);
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [first, ...rest] = node.arguments;
        if (first && ts.isStringLiteral(first)) {
          return factory.updateCallExpression(node, node.expression, node.typeArguments, [rewrite(first), ...rest]);
        }
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(sourceFile, visit);
  };
}

function fail(diagnostics) {
  const host = { getCanonicalFileName: (name) => name, getCurrentDirectory: () => root, getNewLine: () => "\n" };
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  process.stderr.write(`build failed: ${diagnostics.length} error(s)\n`);
  process.exit(1);
}
