// Option lists that flows name by source. Labels are locale keys (or district names from the
// database); the values are the codes the services store.
import type { Label, OptionSourceResolver } from "../domain/flows/engine";
import { BOT_LOCALES, HOURS_CHOICES, INTEREST_KEYS, LANGUAGE_CODES, RESIDENT_SLOTS } from "../domain/vocabulary";

/** Sources that actions fill into slots during a flow (offers on the current page, withdrawable signups, what a question can be about). */
export const SLOT_SOURCES = ["offers", "withdrawable", "topics"] as const;

export const HOST_SOURCES = ["bot-locales", "interests", "time-slots", "hours", "languages", "districts"] as const;

export function createOptionSources(districts: ReadonlyArray<{ slug: string; name: string }>): OptionSourceResolver {
  const keyed = (values: readonly (string | number)[], prefix: string) =>
    values.map((value) => ({ value: String(value), label: { key: `${prefix}-${value}` } as Label }));
  return (source) => {
    switch (source) {
      case "bot-locales":
        return keyed(BOT_LOCALES, "locale-name");
      case "interests":
        return keyed(INTEREST_KEYS, "interest");
      case "time-slots":
        return RESIDENT_SLOTS.map((slot) => ({ value: slot, label: { key: `slot-${slot}` }, exclusive: slot === "flexible" }));
      case "hours":
        return keyed(HOURS_CHOICES, "hours");
      case "languages":
        return keyed(LANGUAGE_CODES, "language");
      case "districts":
        return districts.map((district) => ({ value: district.slug, label: { text: district.name } }));
      default:
        return undefined;
    }
  };
}
