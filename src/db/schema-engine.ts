// Prisma's WebAssembly schema engine, loaded without --experimental-wasm-modules.
//
// Why: the Prisma CLI downloads a native schema engine at run time, which fails on our
// offline machines, so `prisma migrate deploy/dev` cannot be used. The same engine, compiled
// to WebAssembly, ships as @prisma/schema-engine-wasm and talks to SQLite through the
// better-sqlite3 driver adapter. Its package entry imports the .wasm file as an ES module,
// which Node 20 only allows behind a flag; so we instantiate the .wasm ourselves with the
// JS glue module (schema_engine_bg.js) as its import object, exactly what the entry does.
//
// The package version is pinned exactly in package.json: the glue and the .wasm must come
// from the same build, and the engine must understand the schema syntax of our Prisma version.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type {
  ApplyMigrationsOutput,
  DiffTarget,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type {
  ErrorRegistry,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { sqliteFilePath } from "./client";

export type { DiffTarget, MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";

/** We manage every table in the schema; nothing is "external" (prisma.config.ts has no tables.external). */
const NO_EXTERNAL_ENTITIES: SchemaFilter = { externalTables: [], externalEnums: [] };

/** Node provides WebAssembly, but our tsconfig's lib (ES2023, no DOM) does not declare it. */
interface WebAssemblyRuntime {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, Record<string, unknown>>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}

let engineModuleLoading: Promise<typeof engineBindings.SchemaEngine> | undefined;

/**
 * Instantiates the .wasm once per process. The glue module keeps the instance in a module
 * variable, so instantiating twice would swap the memory under live engines.
 */
function loadSchemaEngineClass(): Promise<typeof engineBindings.SchemaEngine> {
  engineModuleLoading ??= (async () => {
    const require = createRequire(import.meta.url);
    // The package exports map does not expose the .wasm; it sits next to the glue module.
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmBytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { WebAssembly: webAssembly } = globalThis as unknown as { WebAssembly: WebAssemblyRuntime };
    // Every import of the module is named "./schema_engine_bg.js" (checked with WebAssembly.Module.imports).
    const { instance } = await webAssembly.instantiate(wasmBytes, {
      "./schema_engine_bg.js": engineBindings as unknown as Record<string, unknown>,
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    const start = instance.exports["__wbindgen_start"];
    if (typeof start !== "function") {
      throw new Error("schema engine wasm has no __wbindgen_start export; is @prisma/schema-engine-wasm the pinned version?");
    }
    start();
    return engineBindings.SchemaEngine;
  })();
  // A failed load must not poison later attempts in the same process (e.g. a test retry).
  engineModuleLoading.catch(() => {
    engineModuleLoading = undefined;
  });
  return engineModuleLoading;
}

/** The subset of the engine we use, with the engine's own input/output types. */
export interface SchemaEngineSession {
  /** Applies unapplied migrations and records them in `_prisma_migrations`, like `prisma migrate deploy`. */
  applyMigrations(migrationsList: MigrationList): Promise<ApplyMigrationsOutput>;
  /**
   * SQL that turns `from` into `to`, in the format `prisma migrate dev` writes.
   * `{ tag: "schemaDatasource" }` means the database this session is open on.
   */
  diffScript(from: DiffTarget, to: DiffTarget): Promise<string>;
  /** Frees the engine and closes every SQLite connection it opened. */
  close(): Promise<void>;
}

/** Opens the schema engine on one SQLite database file (created if missing). */
export async function openSchemaEngine(options: {
  databaseUrl: string;
  /** How long a statement waits for another connection's lock (SQLite busy timeout; default 5 s). */
  busyTimeoutMs?: number;
  /** Receives the engine's log lines (JSON text); ignored when absent. */
  onLog?: (line: string) => void;
}): Promise<SchemaEngineSession> {
  const SchemaEngineClass = await loadSchemaEngineClass();
  const factory = new PrismaBetterSqlite3({ url: sqliteFilePath(options.databaseUrl), ...(options.busyTimeoutMs === undefined ? {} : { timeout: options.busyTimeoutMs }) });
  // The engine does not tell the adapter to close its connections when freed, so we keep
  // track of them ourselves; otherwise the database file would stay open and locked.
  const openedConnections: SqlDriverAdapter[] = [];
  const trackingFactory: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const connection = await factory.connect();
      openedConnections.push(connection);
      return connection;
    },
    async connectToShadowDb() {
      const connection = await factory.connectToShadowDb();
      openedConnections.push(connection);
      return connection;
    },
  };
  const boundFactory = bindMigrationAwareSqlAdapterFactory(trackingFactory);
  // A plain JS error thrown inside the adapter reaches us only as "External error id#N";
  // the error itself waits in the factory's registry under that id.
  const rethrowEngineError = (error: unknown): never => {
    throw new Error(describeEngineError(error, boundFactory.errorRegistry), { cause: error });
  };
  const onLog = options.onLog ?? (() => undefined);
  let engine: SchemaEngine;
  try {
    engine = await SchemaEngineClass.new({ datamodels: undefined }, (line: string) => onLog(line), boundFactory);
  } catch (error) {
    await disposeAll(openedConnections);
    throw new Error(`could not start the schema engine: ${describeEngineError(error, boundFactory.errorRegistry)}`, {
      cause: error,
    });
  }

  let closed = false;
  return {
    async applyMigrations(migrationsList) {
      return await engine.applyMigrations({ migrationsList, filters: NO_EXTERNAL_ENTITIES }).catch(rethrowEngineError);
    },
    async diffScript(from, to) {
      const result = await engine
        .diff({ from, to, script: true, exitCode: null, filters: NO_EXTERNAL_ENTITIES })
        .catch(rethrowEngineError);
      return result.stdout ?? "";
    },
    async close() {
      // Idempotent, so callers can close early on one path and in `finally` on another.
      if (closed) return;
      closed = true;
      engine.free();
      await disposeAll(openedConnections);
    },
  };
}

/** The engine answers an empty diff with "-- This is an empty migration." (or nothing). */
export function isEmptyMigrationScript(script: string): boolean {
  return script
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}

async function disposeAll(connections: SqlDriverAdapter[]): Promise<void> {
  await Promise.all(connections.splice(0).map((connection) => connection.dispose()));
}

/**
 * Engine errors carry the message on the first line, then a Rust span trace
 * ("   0: schema_engine_wasm::...") that means nothing to whoever runs a migration.
 * Schema validation errors quote the offending lines after "--> file:line"; the location is
 * enough. What is left is squeezed onto one line.
 */
export function describeEngineError(error: unknown, adapterErrors?: ErrorRegistry): string {
  const raw = error instanceof Error ? error.message : String(error);
  const spanTraceStart = raw.search(/\n\s*0: /);
  let message = spanTraceStart === -1 ? raw : raw.slice(0, spanTraceStart);
  const sourceLocation = /^[\s\S]*?-->\s*\S+/.exec(message);
  if (sourceLocation !== null) {
    message = sourceLocation[0];
  }
  message = message.replace(/External error id#(\d+)/g, (reference, id: string) => {
    const adapterError = adapterErrors?.consumeError(Number(id))?.error;
    if (adapterError === undefined) return reference;
    return adapterError instanceof Error ? adapterError.message : String(adapterError);
  });
  return message.replace(/\s+/g, " ").trim();
}
