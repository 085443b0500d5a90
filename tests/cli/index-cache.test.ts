// The headless runner's cache: a second scan starts from the stored index and reports exactly what a
// cold scan reports; an edited note is read again; a damaged cache is replaced without a word.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { runScan } from "../../src/cli/scan-command";
import { INDEX_SCHEMA } from "../../src/core/index/serialize";

const SAMPLE_VAULT = resolve(__dirname, "../fixtures/vault");

/** The scan's exit code, stderr and JSON report without its timing (the one figure that may differ). */
async function scanText(vault: string): Promise<{ code: number; stdout: string; stderr: string }> {
	let stdout = "";
	let stderr = "";
	const code = await runScan({ vault, json: true, themesFolder: null }, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
	const report = JSON.parse(stdout) as { stats: { ms?: number } };
	delete report.stats.ms;
	return { code, stdout: JSON.stringify(report), stderr };
}

async function coldScan(vault: string): Promise<string> {
	process.env.THROUGHLINE_NO_CACHE = "1";
	try {
		return (await scanText(vault)).stdout;
	} finally {
		delete process.env.THROUGHLINE_NO_CACHE;
	}
}

describe("the scan cache", () => {
	let vault: string;
	let cacheDir: string;
	beforeEach(() => {
		vault = mkdtempSync(join(tmpdir(), "throughline-cache-vault-"));
		cpSync(SAMPLE_VAULT, vault, { recursive: true });
		cacheDir = mkdtempSync(join(tmpdir(), "throughline-cache-"));
		process.env.THROUGHLINE_CACHE_DIR = cacheDir;
		delete process.env.THROUGHLINE_NO_CACHE;
	});

	it("is written outside the vault, in the binary form, and a warm scan reports what a cold one does", async () => {
		const first = await scanText(vault);
		const files = readdirSync(cacheDir);
		expect(files).toHaveLength(1);
		expect(files[0]).toMatch(/\.bin$/);
		const bytes = readFileSync(join(cacheDir, files[0]));
		expect(bytes.readInt32LE(0)).toBe(0x5849_4c54); // the store's magic word
		const warm = await scanText(vault);
		expect(warm).toEqual(first);
		expect(warm.stdout).toBe(await coldScan(vault));
	});

	it("removes the vault's caches of earlier schemas once it has written its own", async () => {
		await scanText(vault);
		const [current] = readdirSync(cacheDir);
		const stem = current.replace(/-v\d+\.bin$/, "");
		const older = [`${stem}-v${INDEX_SCHEMA - 1}.bin`, `${stem}-v1.bin`, `${stem}-v${INDEX_SCHEMA}.json`];
		const otherVault = `0000000000000000-v${INDEX_SCHEMA - 1}.bin`; // another vault's: not ours to remove
		for (const name of [...older, otherVault]) writeFileSync(join(cacheDir, name), "old");
		writeFileSync(join(vault, "Articles/New note.md"), "A new note on scaling laws.\n"); // the warm scan saves again
		await scanText(vault);
		expect(readdirSync(cacheDir).sort()).toEqual([otherVault, current].sort());
	});

	it("reads an edited note again", async () => {
		const before = await scanText(vault);
		const note = join(vault, "Articles/Notes on AI policy in 2024.md");
		writeFileSync(note, `${readFileSync(note, "utf8")}\n\nScaling laws, scaling laws and emergent abilities.\n`);
		const warm = await scanText(vault);
		expect(warm.stdout).not.toBe(before.stdout); // the edit shows
		expect(warm.stdout).toBe(await coldScan(vault));
	});

	it("replaces a damaged cache and still reports what a cold scan does", async () => {
		await scanText(vault);
		const file = join(cacheDir, readdirSync(cacheDir)[0]);
		const bytes = readFileSync(file);
		bytes[bytes.length - 9] ^= 0xff; // a flipped byte in the numbers
		writeFileSync(file, bytes.subarray(0, bytes.length - 4)); // and a truncated file
		const warm = await scanText(vault);
		expect(warm.stdout).toBe(await coldScan(vault));
		expect(warm.stderr).not.toMatch(/cache/i);
		expect(readFileSync(file).length).toBeGreaterThan(bytes.length - 4); // rewritten whole
	});

	it("after an alias is added, re-reads a note where it stands across inline code or a tag, as a cold scan finds it", async () => {
		const own = mkdtempSync(join(tmpdir(), "throughline-cache-own-"));
		mkdirSync(join(own, "Themes"));
		mkdirSync(join(own, "Notes"));
		const themeNote = (aliases: string[]): string => `---\naliases: [${aliases.join(", ")}]\n---\n# Scaling\n`;
		writeFileSync(join(own, "Themes/Scaling.md"), themeNote(["scaling laws"]));
		writeFileSync(join(own, "Notes/Code.md"), "# Code\n\nWorld `x` models, world `y` models and world `z` models: three of them.\n");
		writeFileSync(join(own, "Notes/Tag.md"), "# Tag\n\nWorld <b>models</b> once, world <i>models</i> twice, world <u>models</u> thrice.\n");
		writeFileSync(join(own, "Notes/Plain.md"), "# Plain\n\nThe scaling laws, nothing else.\n");
		const before = await scanText(own);
		writeFileSync(join(own, "Themes/Scaling.md"), themeNote(["scaling laws", "world models"]));
		const warm = await scanText(own);
		expect(warm.stdout).not.toBe(before.stdout); // the new alias shows
		expect(warm.stdout).toContain("world models");
		expect(warm.stdout).toBe(await coldScan(own));
	});
});

