// The districts a resident can choose, by name: read in every turn that shows or checks the
// district question (src/conversation/run-turn.ts), so straight from SQLite (src/db/direct.ts)
// rather than through Prisma, whose overhead was ten times the statement's.
import { directly } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";

export interface DistrictChoice {
  slug: string;
  name: string;
}

const DISTRICTS = "SELECT slug, name FROM District ORDER BY name";

export function listDistricts(prisma: PrismaClient): Promise<DistrictChoice[]> {
  return directly(prisma, (database) => database.prepare(DISTRICTS).all() as DistrictChoice[]);
}
