// The headless runner's persistent index: one cache file per vault, kept outside the vault (scan
// never writes into a vault) in $THROUGHLINE_CACHE_DIR or ~/.cache/throughline. An old, partial or
// corrupt cache is ignored and replaced; the result is always that of a fresh scan. The file is the
// binary form of core/index/binary-store.ts (numbers read in place, no JSON number parsing).

import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { decodeIndex, encodeIndex } from "../core/index/binary-store";
import { INDEX_SCHEMA } from "../core/index/serialize";
import type { ThemeIndex } from "../core/index/theme-index";
import { replaceFileAtomically } from "./atomic-write";

export function cacheDirectory(): string {
	return process.env.THROUGHLINE_CACHE_DIR ?? join(homedir(), ".cache", "throughline");
}

/**
 * The cache file of one vault: keyed by its absolute path, the index schema and the settings that
 * shape analysis (`analysisKey`), so that changing a threshold never serves stale decisions.
 */
export function cacheFileFor(vault: string, analysisKey: string): string {
	return join(cacheDirectory(), `${cacheKey(vault, analysisKey)}-v${INDEX_SCHEMA}.bin`);
}

function cacheKey(vault: string, analysisKey: string): string {
	return createHash("sha256").update(`${resolve(vault)}\n${analysisKey}`).digest("hex").slice(0, 16); // 64 bits: no collision between a user's vaults
}

/** The stored index of a vault, or null (none, unreadable, of another schema, corrupt). */
export function loadCachedIndex(vault: string, analysisKey: string): ThemeIndex | null {
	try {
		return decodeIndex(readFileSync(cacheFileFor(vault, analysisKey)));
	} catch {
		return null;
	}
}

/** Saves the index atomically (temp file, then rename); a cache that cannot be written is skipped. */
export function saveCachedIndex(vault: string, analysisKey: string, index: ThemeIndex): void {
	const file = cacheFileFor(vault, analysisKey);
	try {
		replaceFileAtomically(file, encodeIndex(index));
		forgetOlderCaches(cacheKey(vault, analysisKey));
	} catch {
		// A read-only home or a full disk costs a cold start next time, nothing else.
	}
}

/** Removes this vault's caches of earlier schemas (never read again), and the JSON cache earlier versions wrote. */
function forgetOlderCaches(key: string): void {
	for (let schema = 1; schema <= INDEX_SCHEMA; schema++) {
		if (schema < INDEX_SCHEMA) rmSync(join(cacheDirectory(), `${key}-v${schema}.bin`), { force: true });
		rmSync(join(cacheDirectory(), `${key}-v${schema}.json`), { force: true });
	}
}
