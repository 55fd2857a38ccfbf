// The two example rows per table of the templates (prisma/templates/, written by
// src/cli/write-templates.ts through the export code). Made up: names, addresses and Slack ids
// are invented, web and mail addresses lie under example.org. One offer uses most columns, the
// other shows the short forms (citywide, flexible times, once).
import type { NetworkFile } from "../network-file-schema";

export const EXAMPLE_NETWORK: NetworkFile = {
  districts: [
    { slug: "altstadt", name: "Altstadt", neighbours: ["nord"] },
    { slug: "nord", name: "Nord", neighbours: ["altstadt"] },
  ],
  organisations: [
    {
      slug: "mgh-altstadt",
      name: "Mehrgenerationenhaus Altstadt",
      description: "Offenes Haus für alle Generationen: Mittagstisch, Repair-Café, Beratung und viele Begegnungsangebote.",
      address: "Marktplatz 3, 07996 Musterstadt",
      website: "https://mgh-altstadt.example.org",
      contact: { name: "Sabine Beispiel", email: "kontakt@mgh-altstadt.example.org", phone: "030 23125 100" },
      slackChannel: "C07MGHALT",
      active: true,
      translations: {
        en: { description: "An open house for all generations: community lunch, repair café, advice and many ways to meet people." },
      },
    },
    {
      slug: "nachbarschaftshilfe",
      name: "Nachbarschaftshilfe Musterstadt e. V.",
      description: "Nachbarinnen und Nachbarn helfen einander: Einkaufen, Begleiten, kleine Reparaturen.",
      address: "Lindenweg 12, 07996 Musterstadt",
      active: true,
      translations: {},
    },
  ],
  coordinators: [
    { name: "Katrin Muster", slackUserId: "U07KMUSTER" },
    { name: "Sabine Beispiel", slackUserId: "U07SBEISPIEL", organisation: "mgh-altstadt" },
  ],
  opportunities: [
    {
      slug: "leih-oma-altstadt",
      organisation: "mgh-altstadt",
      title: "Leih-Oma / Leih-Opa für Familien",
      summary: "Verbringen Sie regelmäßig Zeit mit einem Kind, dessen Großeltern weit weg wohnen.",
      description:
        "Viele junge Familien haben keine Großeltern in der Nähe. Als Leih-Oma oder Leih-Opa holen Sie zum Beispiel einmal pro Woche ein Kind von der Kita ab, spielen oder backen zusammen. Wir begleiten das erste Kennenlernen.",
      translations: {
        en: {
          title: "Surrogate grandparent for families",
          summary: "Spend regular time with a child whose grandparents live far away.",
          description: "Many young families have no grandparents nearby. Once a week you might pick a child up from nursery, play or bake together. We are there for the first meeting.",
        },
      },
      littleGerman: false,
      interests: ["kinder", "familien", "senioren"],
      location: { district: "altstadt" },
      schedule: ["wed-afternoon", "sat-morning"],
      hoursPerWeek: 2,
      frequency: "regular",
      minCommitmentMonths: 6,
      languages: { helpful: [], required: ["de"] },
      requirements: ["fuehrungszeugnis"],
      minAge: 18,
      capacity: 4,
      validUntil: "2027-12-31",
      active: true,
    },
    {
      slug: "einkaufshilfe",
      organisation: "nachbarschaftshilfe",
      title: "Einkaufshilfe für ältere Nachbarn",
      summary: "Gehen Sie ab und zu für jemanden einkaufen, der es nicht mehr selbst schafft.",
      description: "Sie bekommen eine Einkaufsliste und das Geld, kaufen ein und bringen die Sachen vorbei. Wann, machen Sie direkt miteinander aus.",
      translations: {},
      littleGerman: true,
      interests: ["senioren", "nachbarschaft"],
      location: "citywide",
      schedule: "flexible",
      hoursPerWeek: 1.5,
      frequency: "once",
      languages: { helpful: ["uk", "ru"], required: [] },
      requirements: [],
      active: true,
    },
  ],
};
