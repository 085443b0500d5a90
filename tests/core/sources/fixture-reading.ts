// Shared helpers for the source tests: read a fixture and parse it with the gray-matter port.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import type { SourceDocument } from "../../../src/core/model";
import { parseSource } from "../../../src/core/sources";

export const FIXTURE_DIR = path.resolve(__dirname, "../../fixtures/sources");
export const SEED_DIR = path.resolve(__dirname, "../../..", "../shared/seeds");

export function fixtureNames(): string[] {
	return readdirSync(FIXTURE_DIR).sort();
}

export function readFixture(name: string): { raw: string; document: SourceDocument } {
	const raw = readFileSync(path.join(FIXTURE_DIR, name), "utf8");
	return { raw, document: parseSource(name, raw, grayMatterFrontmatter) };
}
