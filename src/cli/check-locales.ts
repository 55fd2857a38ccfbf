// npm run check:locales — the translations are fit to ship (src/i18n/check-locales.ts says
// what is checked). Prints one line per problem (file:line: key: what) and exits 1 if any.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from "yaml";
import { loadProductFlows } from "../conversation/load-product-flows";
import { checkLocales, formatProblem, type LocaleProblem, type LocaleSources } from "../i18n/check-locales";
import { collectUsedKeys } from "../i18n/used-keys";
import { SAMPLE_NETWORK_FILE } from "../services/network/seed-if-empty";
import { PROJECT_ROOT } from "../paths";

export const ROOT_DIR = PROJECT_ROOT;

/** The shipped locales, flows, code and sample network, as the check reads them. */
export function productLocaleSources(rootDir = ROOT_DIR): LocaleSources {
  const used = collectUsedKeys({ flows: loadProductFlows(path.join(rootDir, "flows")), srcDir: path.join(rootDir, "src"), rootDir });
  return { localesDir: path.join(rootDir, "locales"), usedKeys: used.all, labelKeys: used.labelKeys, seed: seedTranslations(SAMPLE_NETWORK_FILE, rootDir) };
}

/** Each seeded opportunity, its line and the locales its `translations:` name. */
function seedTranslations(file: string, rootDir: string): NonNullable<LocaleSources["seed"]> {
  const text = readFileSync(file, "utf8");
  const document = parseDocument(text);
  const lineAt = (offset: number) => text.slice(0, offset).split("\n").length;
  const opportunities = document.get("opportunities");
  const entries = isSeq(opportunities) ? opportunities.items.filter(isMap) : [];
  return {
    file: path.relative(rootDir, file),
    opportunities: entries.map((entry: YAMLMap) => {
      const slug = entry.get("slug");
      const translations = entry.get("translations");
      const locales = isMap(translations) ? translations.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : "")) : [];
      // The old English block counts as the English translation.
      if (entry.has("en")) locales.push("en");
      return { slug: String(slug), line: lineAt(entry.range?.[0] ?? 0), locales };
    }),
  };
}

export function runCheckLocales(write: (line: string) => void = (line) => console.error(line)): LocaleProblem[] {
  const problems = checkLocales(productLocaleSources());
  for (const problem of problems) write(formatProblem(problem));
  return problems;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const problems = runCheckLocales();
  if (problems.length > 0) console.error(`check:locales: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  else console.log("check:locales: all locales complete");
  process.exitCode = problems.length > 0 ? 1 : 0;
}
