// List-valued columns are JSON text in SQLite. This is the one place that reads and writes
// them, so a malformed value from a hand-edited database fails loudly with the column's name.
import { z } from "zod";
import {
  languageCodeSchema,
  opportunitySlotSchema,
  requirementKeySchema,
  residentSlotSchema,
  type LanguageCode,
  type OpportunitySlot,
  type RequirementKey,
  type ResidentSlot,
} from "../domain/vocabulary";

function listCodec<T>(column: string, item: z.ZodType<T>) {
  const schema = z.array(item);
  return {
    decode(text: string): T[] {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        throw new Error(`${column}: not JSON`);
      }
      const result = schema.safeParse(data);
      if (!result.success) throw new Error(`${column}: ${result.error.issues[0]?.message ?? "invalid"}`);
      return result.data;
    },
    encode(values: readonly T[]): string {
      return JSON.stringify(schema.parse(values));
    },
  };
}

export const scheduleCodec = listCodec<OpportunitySlot>("Opportunity.schedule", opportunitySlotSchema);
export const languagesCodec = listCodec<LanguageCode>("languages", languageCodeSchema);
export const requirementsCodec = listCodec<RequirementKey>("Opportunity.requirements", requirementKeySchema);
export const residentSlotsCodec = listCodec<ResidentSlot>("Resident.timeSlots", residentSlotSchema);
