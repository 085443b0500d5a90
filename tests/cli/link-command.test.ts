import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LEDGER_FILE, runLink, runUnlink, type LinkDeps } from "../../src/cli/link-command";
import type { HubTheme, PropertyLinks, ThemeHub } from "../../src/core/links/hub-model";
import type { NoteStore } from "../../src/core/ports";

const REPO = resolve(__dirname, "../..");
const FIXTURE_VAULT = join(REPO, "tests/fixtures/vault");
const FIXTURE_SOURCES = join(REPO, "tests/fixtures/sources");
const SEEDS = resolve(REPO, "../shared/seeds");

let vault = "";

function put(path: string, text: string | Buffer): void {
	mkdirSync(dirname(join(vault, path)), { recursive: true });
	writeFileSync(join(vault, path), text);
}

/** Every folder and file under the vault, files as their bytes: "identical byte for byte". */
function tree(root: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (folder: string) => {
		for (const name of readdirSync(join(root, folder)).sort()) {
			const path = folder ? `${folder}/${name}` : name;
			if (statSync(join(root, path)).isDirectory()) {
				out[`${path}/`] = "<folder>";
				walk(path);
			} else out[path] = readFileSync(join(root, path)).toString("base64");
		}
	};
	walk("");
	return out;
}

/** A stand-in for the lead's index: every note outside Themes/ is linked to every theme. */
async function buildHubs(store: NoteStore): Promise<{ hubs: ThemeHub[]; propertyLinks: PropertyLinks[] }> {
	const notes = store.list().map((n) => n.path);
	const themeNotes = notes.filter((p) => p.startsWith("Themes/"));
	const themes: HubTheme[] = themeNotes.length > 0
		? themeNotes.map((p) => ({ id: p.slice(7, -3).toLowerCase(), name: p.slice(7, -3), path: p }))
		: [{ id: "scaling", name: "Scaling", path: null }, { id: "data", name: "Data", path: null }];
	const sources = await Promise.all(
		notes.filter((p) => !p.startsWith("Themes/")).map(async (path) => {
			const lines = (await store.read(path)).split("\n");
			const bodyStart = lines[0].replace("\uFEFF", "").trim() === "---" ? lines.findIndex((l, i) => i > 0 && l.trim() === "---") + 1 : 0;
			const index = lines.findIndex((l, i) => i >= bodyStart && l.trim() !== "");
			const passages = index === -1 ? [] : [{ line: index + 1, col: 1, quote: lines[index] }];
			return { path, title: path.replace(/^.*\//, "").replace(/\.md$/, ""), kind: "note" as const, format: "raw", date: null, score: 1, passages };
		}),
	);
	const hubs = themes.map((theme) => ({ theme, sources, related: themes.filter((t) => t !== theme).map((t) => ({ theme: t, strength: 0.5, shared: sources.length })) }));
	return { hubs, propertyLinks: sources.map((s) => ({ path: s.path, themes })) };
}

interface JsonReport {
	dryRun: boolean;
	edits: { path: string; action: string; summary: string; written?: boolean }[];
	counts: { create: number; update: number; delete: number; written: number };
	problems: { path: string; message: string }[];
}

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	const deps: LinkDeps = { buildHubs, io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t) } };
	return { deps, out, err };
}

async function link(extra: { dryRun?: boolean; mode?: "hub" | "property" | "both" } = {}) {
	const { deps, out, err } = capture();
	const code = await runLink({ vault, dryRun: extra.dryRun ?? false, mode: extra.mode, json: true }, deps);
	return { code, report: JSON.parse(out.join("")) as JsonReport, err };
}

async function unlink(dryRun = false) {
	const { deps, out, err } = capture();
	const code = await runUnlink({ vault, dryRun, json: true }, deps);
	return { code, report: JSON.parse(out.join("")) as JsonReport, err };
}

beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "throughline-link-"));
});

afterEach(() => rmSync(vault, { recursive: true, force: true }));

describe("link and unlink on a vault on disk", () => {
	beforeEach(() => {
		put("Themes/Scaling.md", "\uFEFF# Scaling\r\n\r\nMine.");
		put("Themes/Data.md", "");
		put("Notes/One.md", "---\ntitle: One\n---\nScaling laws | [[not a link]] #tag\n");
		put("Notes/Two.md", "Data, data.");
	});

	it("dry run lists the changes as one JSON document and writes nothing", async () => {
		const before = tree(vault);
		const { code, report } = await link({ dryRun: true });
		expect(code).toBe(0);
		expect(report.dryRun).toBe(true);
		expect(report.edits.map((e) => e.path)).toEqual(["Themes/Data.md", "Themes/Scaling.md"]);
		expect(report.counts).toMatchObject({ update: 2, create: 0, written: 0 });
		expect(tree(vault)).toEqual(before);
	});

	it("dry run without --json shows a readable diff", async () => {
		const { deps, out } = capture();
		await runLink({ vault, dryRun: true, json: false }, deps);
		const text = out.join("");
		expect(text).toContain("Themes/Scaling.md (update): adds the Throughline block at the end");
		expect(text).toContain("+ %% throughline:start %%");
		expect(text).toContain("nothing was written");
	});

	it("links, relinks with zero writes, and unlinks to the exact original tree", async () => {
		const before = tree(vault);
		const first = await link({ mode: "both" });
		expect(first.code).toBe(0);
		expect(first.report.counts.written).toBe(4);
		expect(existsSync(join(vault, LEDGER_FILE))).toBe(true);
		const linked = tree(vault);
		const second = await link({ mode: "both" });
		expect(second.report.edits).toEqual([]);
		expect(tree(vault)).toEqual(linked);
		const undone = await unlink();
		expect(undone.code).toBe(0);
		expect(tree(vault)).toEqual(before);
	});

	it("unlink --dry-run writes nothing", async () => {
		await link();
		const linked = tree(vault);
		const { report } = await unlink(true);
		expect(report.edits.length).toBe(2);
		expect(tree(vault)).toEqual(linked);
	});

	it("reports a damaged block as a problem with exit 1 and still links the rest", async () => {
		put("Themes/Data.md", "%% throughline:start %%\nno end\n");
		const { code, report, err } = await link();
		expect(code).toBe(1);
		expect(err[0]).toMatch(/^Themes\/Data\.md: .*without a matching/);
		expect(report.edits.map((e) => e.path)).toEqual(["Themes/Scaling.md"]);
	});
});

describe("usage errors", () => {
	it("exit 2 for a vault that is not a folder", async () => {
		const { deps, err } = capture();
		expect(await runLink({ vault: join(vault, "missing"), dryRun: false, json: true }, deps)).toBe(2);
		expect(await runUnlink({ vault: join(vault, "missing"), dryRun: false, json: true }, deps)).toBe(2);
		expect(err[0]).toMatch(/not a folder/);
	});

	it("exit 2 for an unknown mode", async () => {
		const { deps } = capture();
		expect(await runLink({ vault, dryRun: false, json: true, mode: "all" as "hub" }, deps)).toBe(2);
	});

	it("exit 2 when the index cannot be built", async () => {
		const { deps, err } = capture();
		deps.buildHubs = async () => {
			throw new Error("disk on fire");
		};
		expect(await runLink({ vault, dryRun: false, json: true }, deps)).toBe(2);
		expect(err[0]).toContain("disk on fire");
	});
});

describe("an unusable ledger file", () => {
	beforeEach(() => {
		put("Themes/Scaling.md", "# Scaling\n");
		put("Note.md", "Scaling.");
	});

	it("a ledger.json that cannot be read is a problem in plain words, never a crash", async () => {
		mkdirSync(join(vault, LEDGER_FILE), { recursive: true }); // a folder where the file should be: EISDIR
		const { code, report } = await link();
		expect(code).toBe(1);
		const messages = report.problems.filter((p) => p.path === LEDGER_FILE).map((p) => p.message);
		expect(messages.join(" ")).toMatch(/could not be read/);
		expect(messages.join(" ")).not.toMatch(/not valid JSON/);
	});

	it("a failed ledger write leaves no temporary file behind", async () => {
		mkdirSync(join(vault, LEDGER_FILE, "inside"), { recursive: true }); // a non-empty folder: the rename over it fails
		await link();
		const leftovers = readdirSync(dirname(join(vault, LEDGER_FILE))).filter((name) => name !== "ledger.json");
		expect(leftovers).toEqual([]);
	});

	it("invalid JSON is still called invalid JSON", async () => {
		put(LEDGER_FILE, "{ not json");
		const { report } = await link({ dryRun: true });
		expect(report.problems.find((p) => p.path === LEDGER_FILE)?.message).toMatch(/not valid JSON/);
	});

	it("a damaged ledger stops link from writing, so the record of earlier links is not lost", async () => {
		put(LEDGER_FILE, "{ not json");
		const before = readFileSync(join(vault, "Themes/Scaling.md"), "utf8");
		const { report, code } = await link();
		expect(code).toBe(1);
		expect(report.problems.some((p) => p.path === LEDGER_FILE && /nothing was written/.test(p.message))).toBe(true);
		expect(readFileSync(join(vault, "Themes/Scaling.md"), "utf8")).toBe(before);
		expect(readFileSync(join(vault, LEDGER_FILE), "utf8")).toBe("{ not json");
	});

	it("a ledger removed by someone else during the pass is not a problem", async () => {
		await link();
		const { deps, out } = capture();
		deps.buildHubs = async () => {
			rmSync(join(vault, LEDGER_FILE));
			return { hubs: [], propertyLinks: [] };
		};
		const code = await runLink({ vault, dryRun: false, json: true }, deps);
		const report = JSON.parse(out.join("")) as JsonReport;
		expect(report.problems).toEqual([]);
		expect(code).toBe(0);
		expect(readFileSync(join(vault, "Themes/Scaling.md"), "utf8")).toBe("# Scaling\n");
	});
});

describe("starter-pack theme notes in an empty vault", () => {
	it("are created in Themes/ and removed by unlink together with the folders Throughline made", async () => {
		put("Note.md", "Scaling and data.");
		const before = tree(vault);
		await link();
		expect(readFileSync(join(vault, "Themes/Scaling.md"), "utf8")).toMatch(/^%% throughline:start %%/);
		await unlink();
		expect(tree(vault)).toEqual(before);
	});

	it("a created note the reader wrote into is kept", async () => {
		put("Note.md", "Scaling.");
		await link();
		const file = join(vault, "Themes/Scaling.md");
		writeFileSync(file, `${readFileSync(file, "utf8")}\nMy own words.\n`);
		await unlink();
		expect(readFileSync(file, "utf8")).toBe("\nMy own words.\n");
		expect(existsSync(join(vault, "Themes/Data.md"))).toBe(false);
	});
});

function roundTrip(name: string, fill: () => void) {
	it(`${name}: link twice writes once, unlink restores every byte`, async () => {
		fill();
		const before = tree(vault);
		await link({ mode: "both" });
		const linked = tree(vault);
		const again = await link({ mode: "both" });
		expect(again.report.edits).toEqual([]);
		expect(tree(vault)).toEqual(linked);
		await unlink();
		expect(tree(vault)).toEqual(before);
	});
}

describe("on the project's fixtures", () => {
	roundTrip("the sample vault", () => cpSync(FIXTURE_VAULT, vault, { recursive: true }));
	roundTrip("the source fixtures as notes", () => {
		for (const name of readdirSync(FIXTURE_SOURCES)) put(`Sources/${name.replace(/\.\w+$/, "")}.md`, readFileSync(join(FIXTURE_SOURCES, name)));
		put("Themes/Scaling.md", "# Scaling\n");
	});
});

describe.skipIf(!existsSync(SEEDS))("on the seed documents", () => {
	roundTrip("the seeds", () => {
		for (const name of readdirSync(SEEDS).filter((n) => n.endsWith(".txt"))) put(`Seeds/${name.replace(/\.txt$/, "")}.md`, readFileSync(join(SEEDS, name)));
	});
});
