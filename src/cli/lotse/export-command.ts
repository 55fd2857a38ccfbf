// Placeholder: the command is being built.
import type { Command } from "commander";
import type { LotseContext } from "../lotse";

export function registerExportCommand(_program: Command, _context: LotseContext): void {}
