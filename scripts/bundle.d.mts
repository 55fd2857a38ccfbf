// Types of scripts/bundle.mjs for the TypeScript that uses it (bench/).
export declare const DIST_DIR: string;
export declare const DIST_MAIN: string;
export declare function bundleIsStale(): boolean;
export declare function bundle(): Promise<{ files: number; bytes: number }>;
/** What a bundle read from the flow and locale files: parsed flows and checked locale files, by digest. */
export interface FlowAndLocaleReadings {
  flows: Record<string, unknown>;
  locales: string[];
}
export declare function readFlowsAndLocales(
  projectRoot: string,
  earlier: { flows: Record<string, unknown>; locales: Set<string> } | null,
): Promise<FlowAndLocaleReadings>;
