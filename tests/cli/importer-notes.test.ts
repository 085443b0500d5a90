// `link --mode property` through the real index on a vault whose importers' notes sit in folders
// named as readers name them (readwise/, Sources/Readwise/, 📚 Kindle/): recognised by their format,
// never written into, and unlink restores every byte of the vault.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runUnlink } from "../../src/cli/link-command";
import { runIndexedLink } from "../../src/cli/scan-command";

const FIXTURE_VAULT = resolve(__dirname, "../fixtures/vault");
const MOVES: [string, string][] = [
	["Readwise/Toy Models of Superposition.md", "readwise/Toy Models of Superposition.md"],
	["Readwise/The Bitter Lesson Revisited.md", "Sources/Readwise/The Bitter Lesson Revisited.md"],
	["Kindle/The Alignment Problem.md", "📚 Kindle/The Alignment Problem.md"],
];

process.env.THROUGHLINE_NO_CACHE = "1";
let vault = "";

function files(root: string, folder = ""): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(join(root, folder)).sort()) {
		const path = folder ? `${folder}/${name}` : name;
		if (statSync(join(root, path)).isDirectory()) Object.assign(out, files(root, path));
		else out[path] = readFileSync(join(root, path)).toString("base64");
	}
	return out;
}

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	return { io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) }, out, err };
}

beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "throughline-importers-"));
	cpSync(FIXTURE_VAULT, vault, { recursive: true });
	for (const [from, to] of MOVES) {
		mkdirSync(join(vault, to, ".."), { recursive: true });
		renameSync(join(vault, from), join(vault, to));
	}
});

afterEach(() => rmSync(vault, { recursive: true, force: true }));

describe("importers' notes wherever they live", () => {
	it("property mode writes none of them, says why, and unlink restores every byte", async () => {
		const original = files(vault);
		const linked = capture();
		const code = await runIndexedLink({ vault, dryRun: false, mode: "property", json: true, themesFolder: null }, linked.io);
		expect(linked.err).toEqual([]);
		expect(code).toBe(0);
		const report = JSON.parse(linked.out.join("")) as { edits: { path: string }[]; skipped: { path: string; reason: string }[] };
		const after = files(vault);
		for (const [, path] of MOVES) {
			expect(after[path], path).toBe(original[path]);
			expect(report.skipped.find((note) => note.path === path)?.reason, path).toMatch(/^written by (Readwise|Kindle): Throughline never writes into it$/);
		}
		expect(report.edits.length).toBeGreaterThan(0);
		const unlinked = capture();
		expect(await runUnlink({ vault, dryRun: false, json: true }, { io: unlinked.io })).toBe(0);
		expect(files(vault)).toEqual(original);
	});
});
