// The locale check names file, line and key of each problem; here on small made-up locale
// folders, one problem at a time. (test/locales.test.ts runs it on the real ones.)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkLocales, formatProblem, plainGermanViolations, type LocaleSources } from "../../src/i18n/check-locales";
import { BOT_LOCALES } from "../../src/domain/vocabulary";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const GOOD: Record<string, string> = {
  de: "greeting = Hallo { $name }, schön, dass Sie da sind.\nbutton-ok = Weiter\n",
  "de-x-simple": "greeting = Hallo { $name }. Schön, dass Sie da sind.\nbutton-ok = Weiter\n",
  en: "greeting = Hello { $name }, good to see you.\nbutton-ok = Next\n",
  uk: "greeting = Вітаю, { $name }! Радий Вас бачити.\nbutton-ok = Далі\n",
  ru: "greeting = Здравствуйте, { $name }! Рады Вас видеть.\nbutton-ok = Далее\n",
  ar: "greeting = مرحبًا { $name }، سعداء برؤيتك.\nbutton-ok = التالي\n",
  tr: "greeting = Merhaba { $name }, sizi gördüğümüze sevindik.\nbutton-ok = İleri\n",
  fa: "greeting = سلام { $name }، خوشحالیم که اینجا هستید.\nbutton-ok = بعدی\n",
};

function problemsWith(changes: Record<string, string>, extra: Partial<LocaleSources> = {}): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "check-locales-"));
  dirs.push(dir);
  for (const locale of BOT_LOCALES) {
    mkdirSync(path.join(dir, locale));
    writeFileSync(path.join(dir, locale, "main.ftl"), changes[locale] ?? GOOD[locale]!);
  }
  return checkLocales({ localesDir: dir, usedKeys: new Set(["greeting", "button-ok"]), labelKeys: new Set(["button-ok"]), ...extra }).map(formatProblem);
}

describe("checkLocales", () => {
  it("passes complete, translated locales", () => {
    expect(problemsWith({})).toEqual([]);
  });

  it("names a missing key, a key nothing uses and different variables", () => {
    expect(problemsWith({ uk: "greeting = Вітаю, { $who }!\nfarewell = До побачення\n" })).toEqual([
      "locales/uk/main.ftl:1: greeting: uses {who}, German uses {name}",
      "locales/uk/main.ftl:0: button-ok: missing (German: locales/de/main.ftl:2)",
      "locales/uk/main.ftl:2: farewell: nothing uses this key (German does not have it)",
    ]);
    expect(problemsWith({ de: `${GOOD.de}old-key = Alt\n` })).toContain("locales/de/main.ftl:3: old-key: nothing uses this key (remove it, or use it)");
  });

  it("names an untouched copy of the German text, unless a comment says it is meant", () => {
    expect(problemsWith({ tr: "greeting = Hallo { $name }, schön, dass Sie da sind.\nbutton-ok = İleri\n" })).toEqual([
      "locales/tr/main.ftl:1: greeting: is the German text, not translated",
    ]);
    expect(problemsWith({ tr: "# same as German: a greeting the city wants in German\ngreeting = Hallo { $name }, schön, dass Sie da sind.\nbutton-ok = İleri\n" })).toEqual([]);
  });

  it("names a button label too long for a phone", () => {
    expect(problemsWith({ ru: "greeting = Здравствуйте, { $name }!\nbutton-ok = Перейти к следующему вопросу анкеты\n" })).toEqual([
      "locales/ru/main.ftl:2: button-ok: button label longer than 30 characters",
    ]);
  });

  it("names a Fluent syntax error with its line", () => {
    expect(problemsWith({ fa: "greeting = سلام { $name\nbutton-ok = بعدی\n" })[0]).toMatch(/^locales\/fa\/main\.ftl:1: /);
  });

  it("names plain German that breaks the rules", () => {
    const problems = problemsWith({ "de-x-simple": "greeting = Hallo { $name }, Ihre Anmeldung wird von uns geprüft.\nbutton-ok = Weiter\n" });
    expect(problems).toEqual(["locales/de-x-simple/main.ftl:1: greeting: passive or future with werden: say who does what, in the present"]);
  });

  it("names a seeded offer without a translation", () => {
    const seed = { file: "prisma/seed/network.yaml", opportunities: [{ slug: "lesepaten", line: 40, locales: ["en", "uk", "ru", "ar", "tr", "fa"] }] };
    expect(problemsWith({}, { seed })).toEqual(["prisma/seed/network.yaml:40: lesepaten: no translation into de-x-simple"]);
  });
});

describe("plainGermanViolations", () => {
  it("accepts short active sentences with split long words", () => {
    expect(plainGermanViolations("Sie können 3 Angebote sehen. Das Ehren·amt passt zu Ihnen.")).toEqual([]);
  });

  it.each([
    ["Wir freuen uns sehr, dass Sie heute mit uns gemeinsam ein passendes Ehrenamt in Ihrer Nähe suchen.", /sentence of 17 words/],
    ["Ihre Daten werden gelöscht.", /passive/],
    ["Sie könnten morgen kommen.", /subjunctive/],
    ["Die Sicherheit des Hauses ist wichtig.", /genitive/],
    ["Sie brauchen drei Stunden.", /digits/],
    ["Lesen Sie die Datenschutzerklärung.", /long word/],
  ])("flags %j", (text, rule) => {
    expect(plainGermanViolations(text).join("\n")).toMatch(rule);
  });
});
