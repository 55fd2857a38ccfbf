import { BOT_LOCALES } from "../../src/domain/vocabulary";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { INTEREST_KEYS } from "../../src/domain/vocabulary";
import { NetworkFileError } from "../../src/services/network/network-file-error";
import { parseNetworkFile } from "../../src/services/network/parse-network-file";
import { readNetworkFile } from "../../src/services/network/read-network-file";
import { SAMPLE_NETWORK_FILE } from "../../src/services/network/seed-if-empty";

describe("the shipped sample network (prisma/seed/network.yaml)", () => {
  const network = readNetworkFile(SAMPLE_NETWORK_FILE);

  it("has the size of a real city network", () => {
    expect(network.districts.length).toBeGreaterThanOrEqual(6);
    expect(network.organisations).toHaveLength(10);
    expect(network.coordinators.length).toBeGreaterThanOrEqual(10);
    expect(network.opportunities.length).toBeGreaterThanOrEqual(60);
  });

  it("translates every opportunity into every locale", () => {
    const untranslated = network.opportunities.flatMap((opportunity) =>
      BOT_LOCALES.filter((locale) => locale !== "de" && opportunity.translations[locale] === undefined).map((locale) => `${opportunity.slug}:${locale}`),
    );
    expect(untranslated).toEqual([]);
  });

  it("uses every interest key in at least one active opportunity", () => {
    const used = new Set(
      network.opportunities.filter((opportunity) => opportunity.active).flatMap((opportunity) => opportunity.interests),
    );
    expect(INTEREST_KEYS.filter((key) => !used.has(key))).toEqual([]);
  });

  it("lets every organisation and every district offer something", () => {
    const organisationsWithOffers = new Set(network.opportunities.map((opportunity) => opportunity.organisation));
    expect(network.organisations.filter((organisation) => !organisationsWithOffers.has(organisation.slug))).toEqual([]);
    const districtsWithOffers = new Set(
      network.opportunities.flatMap((opportunity) =>
        typeof opportunity.location === "object" ? [opportunity.location.district] : [],
      ),
    );
    expect(network.districts.filter((district) => !districtsWithOffers.has(district.slug))).toEqual([]);
  });

  it("names only known districts as neighbours, and every district has one", () => {
    const slugs = new Set(network.districts.map((district) => district.slug));
    for (const district of network.districts) {
      expect(district.neighbours.length, district.slug).toBeGreaterThan(0);
      for (const neighbour of district.neighbours) expect(slugs, `${district.slug} → ${neighbour}`).toContain(neighbour);
    }
  });

  it("exercises the filters: inactive, expired, remote, citywide, required languages, capacity", () => {
    const today = new Date().toISOString().slice(0, 10);
    const { opportunities } = network;
    const inactiveOrExpired = opportunities.filter(
      (opportunity) => !opportunity.active || (opportunity.validUntil !== undefined && opportunity.validUntil < today),
    );
    expect(inactiveOrExpired.length).toBeGreaterThanOrEqual(2);
    expect(opportunities.filter((opportunity) => opportunity.location === "remote").length).toBeGreaterThanOrEqual(3);
    expect(opportunities.filter((opportunity) => opportunity.location === "citywide").length).toBeGreaterThanOrEqual(5);
    expect(opportunities.filter((opportunity) => opportunity.languages.required.length > 0).length).toBeGreaterThanOrEqual(2);
    expect(opportunities.filter((opportunity) => opportunity.capacity !== undefined).length).toBeGreaterThanOrEqual(3);
    expect(opportunities.filter((opportunity) => opportunity.frequency === "once").length).toBeGreaterThanOrEqual(1);
  });

  it("asks for an extended criminal record certificate wherever volunteers work with children", () => {
    const withChildrenButNoCertificate = network.opportunities.filter(
      (opportunity) =>
        opportunity.active &&
        opportunity.interests.includes("kinder") &&
        opportunity.frequency === "regular" &&
        !opportunity.requirements.includes("fuehrungszeugnis"),
    );
    // The games night is an open evening with parents present, not care for children.
    expect(withChildrenButNoCertificate.map((opportunity) => opportunity.slug).sort()).toEqual(["spieleabend-lindenhof"]);
  });

  it("uses only example.org addresses", () => {
    for (const organisation of network.organisations) {
      if (organisation.website !== undefined) expect(new URL(organisation.website).hostname).toMatch(/\.example\.org$/);
      if (organisation.contact !== undefined) expect(organisation.contact.email).toMatch(/@([a-z0-9-]+\.)*example\.org$/);
    }
  });
});

/** A minimal valid file; the cases below break one thing at a time. */
const VALID_FILE = `
districts:
  - slug: altstadt
    name: Altstadt
    neighbours: [nord]
  - slug: nord
    name: Nord
organisations:
  - slug: treff
    name: Stadtteiltreff
    description: Ein Treff.
    address: Marktstraße 1, 07991 Saalberg
coordinators:
  - name: Katrin Vogt
    slackUserId: U07KVOGT
opportunities:
  - slug: sprachcafe
    organisation: treff
    title: Sprachcafé
    summary: Plaudern auf Deutsch.
    description: Donnerstags im Treff.
    en: { title: Language café, summary: Chat in German. }
    interests: [integration]
    location: { district: altstadt }
    schedule: [thu-evening]
    hoursPerWeek: 2
    frequency: regular
`;

function replaceOnce(text: string, search: string, replacement: string): string {
  if (!text.includes(search)) throw new Error(`test setup: "${search}" is not in the file`);
  return text.replace(search, replacement);
}

function problemOf(parse: () => unknown): NetworkFileError {
  try {
    parse();
  } catch (error) {
    if (error instanceof NetworkFileError) return error;
    throw error;
  }
  throw new Error("expected a NetworkFileError, but the file was accepted");
}

describe("parseNetworkFile", () => {
  it("accepts the minimal file and fills in defaults", () => {
    const network = parseNetworkFile(VALID_FILE, "net.yaml");
    expect(network.organisations[0]?.active).toBe(true);
    expect(network.opportunities[0]).toMatchObject({
      active: true,
      requirements: [],
      languages: { helpful: [], required: [] },
      location: { district: "altstadt" },
      schedule: ["thu-evening"],
    });
  });

  it("reads an unquoted validUntil as a calendar day", () => {
    const network = parseNetworkFile(replaceOnce(VALID_FILE, "    frequency: regular\n", "    frequency: regular\n    validUntil: 2027-06-30\n"), "net.yaml");
    expect(network.opportunities[0]?.validUntil).toBe("2027-06-30");
  });

  it.each([
    {
      problem: "an unknown organisation slug",
      file: replaceOnce(VALID_FILE, "organisation: treff", "organisation: tref"),
      message: 'net.yaml: opportunities[0].organisation: unknown organisation "tref" (line 18)',
    },
    {
      problem: "a district slug too long for a chat button",
      file: replaceOnce(VALID_FILE, "location: { district: altstadt }", "location: { district: altstadt-und-die-ganze-innenstadt }"),
      message: 'net.yaml: opportunities[0].location.district: district slugs have at most 31 characters (they travel in chat buttons) (line 24)',
    },
    {
      problem: "a bad time slot",
      file: replaceOnce(VALID_FILE, "[thu-evening]", "[thu-evening, saturday-morning]"),
      message: 'net.yaml: opportunities[0].schedule[1]: invalid slot "saturday-morning" (line 25)',
    },
    {
      problem: "a schedule that is neither a list nor flexible",
      file: replaceOnce(VALID_FILE, "[thu-evening]", "sometimes"),
      message: 'net.yaml: opportunities[0].schedule: expected "flexible" or a list of slots such as [sat-morning, wed-afternoon] (line 25)',
    },
    {
      problem: "a duplicate opportunity slug",
      file: VALID_FILE + VALID_FILE.slice(VALID_FILE.indexOf("  - slug: sprachcafe")),
      message: 'net.yaml: opportunities[1].slug: duplicate slug "sprachcafe" (already used by opportunities[0]) (line 28)',
    },
    {
      problem: "an unknown neighbour",
      file: replaceOnce(VALID_FILE, "[nord]", "[nord, sued]"),
      message: 'net.yaml: districts[0].neighbours[1]: unknown district "sued" (line 5)',
    },
    {
      problem: "an unknown district in the location",
      file: replaceOnce(VALID_FILE, "{ district: altstadt }", "{ district: mitte }"),
      message: 'net.yaml: opportunities[0].location.district: unknown district "mitte" (line 24)',
    },
    {
      problem: "an unknown interest",
      file: replaceOnce(VALID_FILE, "[integration]", "[integraton]"),
      message: 'net.yaml: opportunities[0].interests[0]: invalid interest "integraton" (line 23)',
    },
    {
      problem: "an unknown language code",
      file: replaceOnce(VALID_FILE, "    frequency: regular\n", "    frequency: regular\n    languages: { required: [ukr] }\n"),
      message: 'net.yaml: opportunities[0].languages.required[0]: invalid language code "ukr" (line 28)',
    },
    {
      problem: "a misspelt field",
      file: replaceOnce(VALID_FILE, "hoursPerWeek: 2", "hoursPerWeek: 2\n    minage: 18"),
      message: "net.yaml: opportunities[0].minage: unknown field (check the spelling) (line 27)",
    },
    {
      problem: "a missing field",
      file: replaceOnce(VALID_FILE, "    summary: Plaudern auf Deutsch.\n", ""),
      message: "net.yaml: opportunities[0].summary: required field is missing (line 17)",
    },
    {
      problem: "a value of the wrong type",
      file: replaceOnce(VALID_FILE, "hoursPerWeek: 2", "hoursPerWeek: zwei"),
      message: 'net.yaml: opportunities[0].hoursPerWeek: expected number, got string "zwei" (line 26)',
    },
    {
      problem: "a date in German notation",
      file: replaceOnce(VALID_FILE, "    frequency: regular\n", "    frequency: regular\n    validUntil: 30.06.2027\n"),
      message: 'net.yaml: opportunities[0].validUntil: invalid date "30.06.2027" (expected YYYY-MM-DD) (line 28)',
    },
    {
      problem: "a coordinator of an unknown organisation",
      file: replaceOnce(VALID_FILE, "    slackUserId: U07KVOGT\n", "    slackUserId: U07KVOGT\n    organisation: tafel\n"),
      message: 'net.yaml: coordinators[0].organisation: unknown organisation "tafel" (line 16)',
    },
    {
      problem: "invalid YAML",
      file: replaceOnce(VALID_FILE, "    title: Sprachcafé\n", "    title: Sprachcafé: Deutsch üben\n"),
      message: "net.yaml: invalid YAML: Nested mappings are not allowed in compact mappings at line 19, column 12",
    },
    {
      problem: "a key given twice",
      file: replaceOnce(VALID_FILE, "    title: Sprachcafé\n", "    title: Sprachcafé\n    title: Sprachtreff\n"),
      message: "net.yaml: invalid YAML: Map keys must be unique at line 20, column 5",
    },
    {
      problem: "an empty file",
      file: "",
      message: "net.yaml: expected a mapping with districts, organisations, coordinators and opportunities",
    },
  ])("rejects $problem with a one-line error naming the path", ({ file, message }) => {
    const error = problemOf(() => parseNetworkFile(file, "net.yaml"));
    expect(error.problems[0]).toBe(message);
    expect(error.message.startsWith(message)).toBe(true);
    expect(error.message).not.toContain("\n");
  });

  it("lists every problem, and says in the message how many more there are", () => {
    const file = replaceOnce(replaceOnce(VALID_FILE, "[integration]", "[integraton]"), "[thu-evening]", "[thursday]");
    const error = problemOf(() => parseNetworkFile(file, "net.yaml"));
    expect(error.problems).toEqual([
      'net.yaml: opportunities[0].interests[0]: invalid interest "integraton" (line 23)',
      'net.yaml: opportunities[0].schedule[0]: invalid slot "thursday" (line 25)',
    ]);
    expect(error.message).toBe(`${error.problems[0]} (and 1 more problem)`);
  });
});

describe("readNetworkFile", () => {
  const directory = mkdtempSync(path.join(tmpdir(), "network-file-"));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("names the file as given in its errors", () => {
    const filePath = path.join(directory, "broken.yaml");
    writeFileSync(filePath, replaceOnce(VALID_FILE, "[thu-evening]", "[saturday-morning]"));
    expect(() => readNetworkFile(filePath)).toThrow(
      `${filePath}: opportunities[0].schedule[0]: invalid slot "saturday-morning" (line 25)`,
    );
  });

  it("reports a missing file as a NetworkFileError", () => {
    const filePath = path.join(directory, "missing.yaml");
    const error = problemOf(() => readNetworkFile(filePath));
    expect(error.message).toBe(`${filePath}: cannot read the file (ENOENT)`);
  });
});
