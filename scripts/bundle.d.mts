// Types of scripts/bundle.mjs for the TypeScript that uses it (bench/).
export declare const DIST_DIR: string;
export declare const DIST_MAIN: string;
export declare function bundleIsStale(): boolean;
export declare function bundle(): Promise<{ files: number; bytes: number }>;
