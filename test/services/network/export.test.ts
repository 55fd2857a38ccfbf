// The export formats that are not spreadsheets: the YAML/JSON network file (which db:seed reads
// too) and the offers as open volunteering data (JSON-LD).
import { describe, expect, it } from "vitest";
import { networkToJson, networkToYaml } from "../../../src/services/network/export/network-document";
import { networkToOpenVolunteeringData } from "../../../src/services/network/export/open-volunteering-data";
import type { NetworkFile } from "../../../src/services/network/network-file-schema";
import { parseNetworkFile } from "../../../src/services/network/parse-network-file";
import { EXAMPLE_NETWORK } from "../../../src/services/network/sheet/example-network";

const NOW = new Date("2026-11-20T10:00:00.000Z");

describe("the YAML and JSON network file", () => {
  it("leaves out defaults and is read back unchanged by the seed's parser", () => {
    const network: NetworkFile = structuredClone(EXAMPLE_NETWORK);
    network.opportunities[0]!.confirmedAt = "2026-11-02";
    const yaml = networkToYaml(network);
    expect(yaml).not.toContain("active: true");
    expect(yaml).not.toContain("littleGerman: false");
    expect(yaml).toContain("confirmedAt: 2026-11-02");
    expect(parseNetworkFile(yaml, "export.yaml")).toEqual(network);
    expect(parseNetworkFile(networkToJson(network), "export.json")).toEqual(network);
  });
});

describe("open volunteering data (JSON-LD)", () => {
  it("publishes organisations with their current offers as activities with role and session", () => {
    const document = networkToOpenVolunteeringData(EXAMPLE_NETWORK, { now: NOW });

    expect(document).toMatchObject({ "@context": ["https://api.volunteeringdata.io/context/v1", { "@language": "de" }], conformsTo: "https://ns.volunteeringdata.io/", modified: "2026-11-20" });
    expect(document.graph).toEqual([
      {
        type: "Organisation",
        id: "urn:ehrenamtslotse:organisation:mgh-altstadt",
        name: "Mehrgenerationenhaus Altstadt",
        description: EXAMPLE_NETWORK.organisations[0]!.description,
        website: "https://mgh-altstadt.example.org",
        cause: ["https://ns.volunteeringdata.io/YouthAndChildren", "https://ns.volunteeringdata.io/Families", "https://ns.volunteeringdata.io/OlderPeople"],
        activity: [
          {
            id: "urn:ehrenamtslotse:opportunity:leih-oma-altstadt",
            title: "Leih-Oma / Leih-Opa für Familien",
            description: EXAMPLE_NETWORK.opportunities[0]!.description,
            role: [
              {
                title: "Leih-Oma / Leih-Opa für Familien",
                description: EXAMPLE_NETWORK.opportunities[0]!.summary,
                commitment: "2 Stunden pro Woche, regelmäßig, mindestens 6 Monate",
                allowsRemoteParticipation: false,
                minimumAge: "18",
                requirement: ["https://ns.volunteeringdata.io/DBSCheck"],
              },
            ],
            session: [
              {
                location: { name: "Altstadt", address: "Marktplatz 3, 07996 Musterstadt" },
                time: ["https://ns.volunteeringdata.io/WednesdayAfternoon", "https://ns.volunteeringdata.io/SaturdayMorning"],
              },
            ],
          },
        ],
      },
      {
        type: "Organisation",
        id: "urn:ehrenamtslotse:organisation:nachbarschaftshilfe",
        name: "Nachbarschaftshilfe Musterstadt e. V.",
        description: EXAMPLE_NETWORK.organisations[1]!.description,
        cause: ["https://ns.volunteeringdata.io/OlderPeople", "https://ns.volunteeringdata.io/LocalCommunity"],
        activity: [
          {
            id: "urn:ehrenamtslotse:opportunity:einkaufshilfe",
            title: "Einkaufshilfe für ältere Nachbarn",
            description: EXAMPLE_NETWORK.opportunities[1]!.description,
            role: [
              {
                title: "Einkaufshilfe für ältere Nachbarn",
                description: EXAMPLE_NETWORK.opportunities[1]!.summary,
                commitment: "1,5 Stunden pro Woche, einmalig",
                allowsRemoteParticipation: false,
              },
            ],
            session: [{ location: { name: "Nachbarschaftshilfe Musterstadt e. V.", address: "Lindenweg 12, 07996 Musterstadt" } }],
          },
        ],
      },
    ]);
  });

  it("leaves out what takes no signups: switched off, paused, past its last day; remote offers have no place", () => {
    const network: NetworkFile = structuredClone(EXAMPLE_NETWORK);
    network.opportunities[0]!.validUntil = "2026-11-19";
    network.opportunities[1]!.location = "remote";
    const graph = (paused: string[] = []) =>
      networkToOpenVolunteeringData(network, { now: NOW, baseIri: "https://netzwerk.example.org/", paused: new Set(paused) }).graph as Array<{ id: string; activity: Array<Record<string, unknown>> }>;

    expect(graph().map((organisation) => organisation.id)).toEqual(["https://netzwerk.example.org/organisation/nachbarschaftshilfe"]);
    expect(graph()[0]!.activity[0]).toMatchObject({ role: [{ allowsRemoteParticipation: true }] });
    expect(graph()[0]!.activity[0]).not.toHaveProperty("session");
    expect(graph(["einkaufshilfe"])).toEqual([]);
    network.organisations[1]!.active = false;
    expect(graph()).toEqual([]);
  });
});
