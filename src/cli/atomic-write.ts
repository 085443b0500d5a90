// Writes a file so that no reader ever sees half of it: the text goes to a temporary file in the
// same folder first, which is then renamed over (replace) or hard-linked into place (create).
// The temporary file never outlives the call, whether the write succeeds or fails.

import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

let temporaryCounter = 0;

/** A dot-file beside the target: Obsidian ignores it, and the rename stays on one file system. */
function temporaryPathFor(target: string): string {
	const unique = `${process.pid}-${Date.now().toString(36)}-${temporaryCounter++}`;
	return join(dirname(target), `.${basename(target)}.${unique}.throughline-tmp`);
}

function writeTemporary(target: string, text: string | Uint8Array): string {
	mkdirSync(dirname(target), { recursive: true });
	const temporary = temporaryPathFor(target);
	try {
		writeFileSync(temporary, text, typeof text === "string" ? { encoding: "utf8", flag: "wx" } : { flag: "wx" });
	} catch (error) {
		rmSync(temporary, { force: true }); // a full disk can leave a partial file
		throw error;
	}
	return temporary;
}

/** Replaces (or creates) `target` with `text` (or bytes) in one step. */
export function replaceFileAtomically(target: string, text: string | Uint8Array): void {
	const temporary = writeTemporary(target, text);
	try {
		renameSync(temporary, target);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}

// File systems without hard links (FAT, some network shares) answer these instead of linking.
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

function errorCode(error: unknown): string | undefined {
	return (error as { code?: string } | null)?.code;
}

/**
 * Creates `target` with `text`, never overwriting: false when a file is already there, even one
 * that appeared a moment ago (the link fails instead of replacing it, unlike a rename).
 */
export function createFileAtomically(target: string, text: string): boolean {
	const temporary = writeTemporary(target, text);
	try {
		linkSync(temporary, target);
		return true;
	} catch (error) {
		if (errorCode(error) === "EEXIST") return false;
		if (!NO_HARD_LINKS.has(errorCode(error) ?? "")) throw error;
		return createExclusively(target, text);
	} finally {
		rmSync(temporary, { force: true });
	}
}

/** The fallback without hard links: still never overwrites, though a crash could leave it short. */
function createExclusively(target: string, text: string): boolean {
	try {
		writeFileSync(target, text, { encoding: "utf8", flag: "wx" });
		return true;
	} catch (error) {
		if (errorCode(error) === "EEXIST") return false;
		throw error;
	}
}
