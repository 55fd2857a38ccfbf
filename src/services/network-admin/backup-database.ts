// `lotse backup FILE`: a consistent copy of the SQLite database while the bot keeps running.
//
// SQLite's `VACUUM INTO` reads the database inside one read transaction, so the copy is the state
// of one moment, and in WAL mode (src/db/client.ts) it does not block the bot's writes. We use it
// rather than better-sqlite3's backup(): that package is only a dependency of Prisma's adapter,
// neither declared nor typed in our package.json, and VACUUM INTO needs nothing but the
// connection we already have. The copy is also compacted.
//
// The copy is written next to the target under a temporary name and moved into place only when
// complete, so an interrupted backup never leaves a half-written file under the name given.
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, copyFile, link, mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient, sqliteFilePath } from "../../db/client";

export class BackupTargetExistsError extends Error {
  constructor(readonly file: string) {
    super("the backup file exists already");
    this.name = "BackupTargetExistsError";
  }
}

export class DatabaseMissingError extends Error {
  constructor(readonly file: string) {
    super("the database file does not exist");
    this.name = "DatabaseMissingError";
  }
}

export interface BackupResult {
  /** Absolute path of the copy. */
  file: string;
  bytes: number;
}

export async function backupDatabase(options: { databaseUrl: string; file: string; overwrite?: boolean }): Promise<BackupResult> {
  const source = sqliteFilePath(options.databaseUrl);
  const target = path.resolve(options.file);
  // Opening a missing file would create an empty database and "back up" nothing.
  if (!(await exists(source))) throw new DatabaseMissingError(source);
  if (path.resolve(source) === target) throw new BackupTargetExistsError(target);
  if (options.overwrite !== true && (await exists(target))) throw new BackupTargetExistsError(target);

  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.${randomBytes(4).toString("hex")}.partial`;
  const prisma = createPrismaClient(options.databaseUrl);
  try {
    // The file name is a bound parameter, so no quoting of paths is needed.
    await prisma.$executeRaw`VACUUM INTO ${partial}`;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await prisma.$disconnect();
  }
  try {
    if (options.overwrite === true) {
      await rename(partial, target);
    } else {
      // link() refuses an existing name, so a file that appeared meanwhile is not overwritten; on
      // file systems without hard links, an exclusive copy does the same.
      await link(partial, target).catch(async (error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new BackupTargetExistsError(target);
        await copyFile(partial, target, constants.COPYFILE_EXCL).catch((copyError: unknown) => {
          throw (copyError as NodeJS.ErrnoException).code === "EEXIST" ? new BackupTargetExistsError(target) : copyError;
        });
      });
    }
  } finally {
    await rm(partial, { force: true });
  }
  return { file: target, bytes: (await stat(target)).size };
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
