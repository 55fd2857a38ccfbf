// The cell readers: what people type into a spreadsheet, in its everyday spellings.
import { describe, expect, it } from "vitest";
import { OPPORTUNITY_SLOTS } from "../../../src/domain/vocabulary";
import { fold, parseBoolean, parseDate, parseNumber, slugify, splitListKnowing, Vocabulary } from "../../../src/services/network/sheet/cells";
import { columnForHeader, suggestColumn } from "../../../src/services/network/sheet/columns";
import { formatSchedule, readSchedule } from "../../../src/services/network/sheet/times";
import { loadVocabularyLabels, vocabulariesOf } from "../../../src/services/network/sheet/vocabulary-labels";

const vocabularies = vocabulariesOf(loadVocabularyLabels());

describe("cells", () => {
  it("folds case, umlauts and separators", () => {
    expect(fold("  Kultur und Bildung ")).toBe("kultur-und-bildung");
    expect(fold("Süd")).toBe(fold("sued"));
    expect(fold("Stunden pro Woche")).toBe(fold("stunden_pro_woche"));
  });

  it.each([
    ["ja", true],
    ["Nein", false],
    ["x", true],
    ["", "default"],
    ["yes", true],
    ["FALSE", false],
    ["1", true],
    ["0", false],
    ["vielleicht", undefined],
  ] as const)("reads %j as yes/no", (text, expected) => {
    expect(parseBoolean(text, true)).toBe(expected === "default" ? true : expected);
  });

  it("reads numbers with a decimal comma or point, nothing else", () => {
    expect([parseNumber("2,5"), parseNumber("2.5"), parseNumber("3"), parseNumber(" 40 ")]).toEqual([2.5, 2.5, 3, 40]);
    expect([parseNumber("zwei"), parseNumber("1.000,5"), parseNumber("")]).toEqual([undefined, undefined, undefined]);
  });

  it("reads ISO and German dates and refuses days that do not exist", () => {
    expect(["2027-06-30", "30.06.2027", "30.6.27", "1.1.2027", "2027-06-30T00:00:00.000Z"].map(parseDate)).toEqual([
      "2027-06-30",
      "2027-06-30",
      "2027-06-30",
      "2027-01-01",
      "2027-06-30",
    ]);
    expect(["31.02.2027", "2027-13-01", "30/06/2027", "morgen"].map(parseDate)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("keeps a vocabulary name with a comma in it together", () => {
    const known = (text: string) => vocabularies.interest.has(text);
    expect(splitListKnowing("Handy, Computer, Internet; kinder", known)).toEqual(["Handy, Computer, Internet", "kinder"]);
    expect(splitListKnowing("kinder, familien,,", known)).toEqual(["kinder", "familien"]);
  });

  it("finds vocabulary values by key or German label and suggests near misses", () => {
    expect(vocabularies.interest.find("Kinder und Jugendliche")).toBe("kinder");
    expect(vocabularies.interest.find("KULTUR-BILDUNG")).toBe("kultur-bildung");
    expect(vocabularies.language.find("Ukrainisch")).toBe("uk");
    expect(vocabularies.language.find("Persisch")).toBe("fa");
    expect(vocabularies.requirement.find("Führungszeugnis")).toBe("fuehrungszeugnis");
    expect(vocabularies.requirement.find("fuehrungszeugnis")).toBe("fuehrungszeugnis");
    expect(vocabularies.interest.find("kindr")).toBeUndefined();
    expect(vocabularies.interest.suggest("kindr")).toBe("kinder");
    expect(vocabularies.requirement.suggest("Fürungszeugnis")).toBe("fuehrungszeugnis");
    expect(vocabularies.interest.suggest("Astronomie")).toBeUndefined();
    const small = new Vocabulary([{ key: "a-b", names: ["Alpha Beta"] }]);
    expect(small.find("alpha_beta")).toBe("a-b");
  });

  it("proposes a slug for a text", () => {
    expect(slugify("Leih-Oma Auenhain!")).toBe("leih-oma-auenhain");
    expect(slugify("Café für Jung & Alt")).toBe("cafe-fuer-jung-alt");
  });
});

describe("columns", () => {
  it("accept German and English names in any case, with umlauts or spaces", () => {
    expect(columnForHeader("opportunities", "Stunden pro Woche")?.name).toBe("stunden_pro_woche");
    expect(columnForHeader("opportunities", "hoursPerWeek")?.name).toBe("stunden_pro_woche");
    expect(columnForHeader("opportunities", "Kürzel")?.name).toBe("kuerzel");
    expect(columnForHeader("opportunities", "title_en")?.name).toBe("titel_en");
    expect(columnForHeader("opportunities", "Titel_de-x-simple")?.name).toBe("titel_einfach");
    expect(columnForHeader("organisations", "slack_channel")?.name).toBe("slack_kanal");
    expect(columnForHeader("opportunities", "titell")).toBeUndefined();
    expect(suggestColumn("opportunities", "titell")).toBe("titel");
    expect(suggestColumn("opportunities", "intressen")).toBe("interessen");
  });
});

describe("times", () => {
  it("reads back every schedule the export writes, without the phrase parser", () => {
    const never = () => {
      throw new Error("the phrase parser was asked");
    };
    for (const schedule of ["flexible" as const, [...OPPORTUNITY_SLOTS], ["wed-afternoon" as const, "sat-morning" as const]]) {
      expect(readSchedule(formatSchedule(schedule), never)).toEqual({ ok: true, value: schedule });
    }
    expect(formatSchedule(["sat-morning", "wed-afternoon"])).toBe("Mi nachmittags, Sa vormittags");
    expect(readSchedule("sat-morning, wed-afternoon", never)).toEqual({ ok: true, value: ["sat-morning", "wed-afternoon"] });
  });

  it("hands everything else to the phrase parser", () => {
    expect(readSchedule("Mo-Fr vormittags", () => ({ ok: true, value: ["mon-morning"] }))).toEqual({ ok: true, value: ["mon-morning"] });
  });
});
