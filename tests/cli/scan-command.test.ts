// `scan` end to end, in process: the JSON contract of the shared headless spec, on the sample
// vault and (when present) on the five seeds saved as notes.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runScan } from "../../src/cli/scan-command";
import type { ScanReport } from "../../src/core/index/scan-report";

const ROOT = resolve(__dirname, "../..");
const SAMPLE_VAULT = join(ROOT, "tests/fixtures/vault");
const SEEDS = resolve(ROOT, "../shared/seeds");
const KINDS = ["highlights", "insights", "transcript", "article", "note"];

process.env.THROUGHLINE_NO_CACHE = "1"; // every scan here is a cold one

async function scanJson(vault: string): Promise<{ code: number; report: ScanReport; stderr: string }> {
	let stdout = "";
	let stderr = "";
	const code = await runScan({ vault, json: true, themesFolder: null }, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
	return { code, report: JSON.parse(stdout) as ScanReport, stderr };
}

/** The text at 1-based line and column of a file as on disk. */
function textAt(raw: string, line: number, col: number, length: number): string {
	const lines = raw.split("\n");
	return (lines[line - 1] ?? "").slice(col - 1, col - 1 + length);
}

function expectPassagesPointAtMatches(vault: string, report: ScanReport): number {
	let checked = 0;
	for (const doc of report.documents) {
		const raw = readFileSync(join(vault, doc.path), "utf8");
		for (const theme of doc.themes) {
			for (const passage of theme.passages) {
				const lineText = raw.split("\n")[passage.line - 1] ?? "";
				const oneLine = !passage.match.includes("\n") && passage.col - 1 + passage.match.length <= lineText.length;
				if (oneLine) expect(textAt(raw, passage.line, passage.col, passage.match.length), `${doc.path} ${theme.id}`).toBe(passage.match);
				else expect(lineText.slice(passage.col - 1), `${doc.path} ${theme.id}`).toBe(passage.match.slice(0, lineText.length - passage.col + 1));
				checked++;
			}
		}
	}
	return checked;
}

describe("scan --json on the sample vault", () => {
	let result: Awaited<ReturnType<typeof scanJson>>;
	beforeAll(async () => {
		result = await scanJson(SAMPLE_VAULT);
	});

	it("has the contract's shape and reads every note", () => {
		const { report, code } = result;
		expect(code).toBe(0);
		expect(Object.keys(report).sort()).toEqual(["documents", "stats", "suggestions", "themes", "vault"]);
		expect(report.vault).toBe(SAMPLE_VAULT);
		const notes = readdirSync(SAMPLE_VAULT, { recursive: true }).filter((p) => String(p).endsWith(".md"));
		expect(report.documents).toHaveLength(notes.length);
		expect(report.stats.files).toBe(notes.length);
		for (const doc of report.documents) {
			expect(KINDS).toContain(doc.kind);
			expect(doc.date === null || /^\d{4}-\d{2}-\d{2}$/.test(doc.date)).toBe(true);
			for (const theme of doc.themes) expect(theme.mentions).toBeGreaterThan(0);
		}
		expect(report.themes.map((t) => t.id)).toContain("interpretability");
	});

	it("points every passage at the first character of its match in the file as on disk", () => {
		expect(expectPassagesPointAtMatches(SAMPLE_VAULT, result.report)).toBeGreaterThan(50);
	});

	it("ignores theme words inside code blocks", () => {
		const doc = result.report.documents.find((d) => d.path === "Notes/My thoughts on emergence.md");
		const scaling = doc?.themes.find((t) => t.id === "scaling");
		expect(scaling?.passages.some((p) => p.match.toLowerCase().includes("scaling laws")) ?? false).toBe(false);
	});
});

interface SeedLabel {
	kind: string;
	core: string[];
	mention: string[];
	passages: { theme: string; phrase: string; line: number | null }[];
}

describe.skipIf(!existsSync(SEEDS))("scan --json on the five seeds saved as notes", () => {
	let report: ScanReport;
	let vault: string;
	let labels: Record<string, SeedLabel>;
	beforeAll(async () => {
		vault = mkdtempSync(join(tmpdir(), "throughline-seeds-"));
		for (const file of readdirSync(SEEDS).filter((f) => f.endsWith(".txt"))) copyFileSync(join(SEEDS, file), join(vault, file.replace(/\.txt$/, ".md")));
		labels = (JSON.parse(readFileSync(join(SEEDS, "labels.json"), "utf8")) as { documents: Record<string, SeedLabel> }).documents;
		report = (await scanJson(vault)).report;
	});

	it("reports one document per seed, of the labelled kind, linked to every core theme and nothing unlabelled", () => {
		expect(report.documents).toHaveLength(Object.keys(labels).length);
		for (const doc of report.documents) {
			const label = labels[doc.path.replace(/\.md$/, ".txt")];
			expect(doc.kind, doc.path).toBe(label.kind);
			const linked = doc.themes.filter((t) => t.linked).map((t) => t.id);
			for (const core of label.core) expect(linked, `${doc.path} must link ${core}`).toContain(core);
			for (const id of linked) expect([...label.core, ...label.mention], `${doc.path} must not link ${id}`).toContain(id);
		}
	});

	it("reports each labelled passage at its line", () => {
		for (const doc of report.documents) {
			const label = labels[doc.path.replace(/\.md$/, ".txt")];
			for (const wanted of label.passages) {
				const passages = doc.themes.find((t) => t.id === wanted.theme)?.passages ?? [];
				const hit = passages.some((p) => p.text.toLowerCase().includes(wanted.phrase.toLowerCase()) && (wanted.line === null || p.line === wanted.line));
				expect(hit, `${doc.path}: "${wanted.phrase}" (${wanted.theme}) at line ${wanted.line}`).toBe(true);
			}
		}
		expect(expectPassagesPointAtMatches(vault, report)).toBeGreaterThan(100);
	});
});
