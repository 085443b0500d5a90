// Precision and recall of linked themes against a careful reader's labels: the project's own
// sample vault always, the shared seeds when present. "Precision" counts a link as right when the
// theme is labelled core or mention (linking a passing theme is allowed); recall is over core themes.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runScan } from "../../src/cli/scan-command";
import type { ScanReport } from "../../src/core/index/scan-report";

const ROOT = resolve(__dirname, "../..");
const SEEDS = resolve(ROOT, "../shared/seeds");
process.env.THROUGHLINE_NO_CACHE = "1";

interface Label {
	kind: string;
	core: string[];
	mention: string[];
}

async function scan(vault: string): Promise<ScanReport> {
	let out = "";
	await runScan({ vault, json: true, themesFolder: null }, { stdout: (t) => void (out += t), stderr: () => undefined });
	return JSON.parse(out) as ScanReport;
}

/** Counts over every document: links that are labelled, links in all, core themes linked, core themes. */
function score(report: ScanReport, labels: Record<string, Label>, keyOf: (path: string) => string) {
	const tally = { allowed: 0, linked: 0, coreLinked: 0, core: 0, kindsRight: 0, documents: 0 };
	for (const doc of report.documents) {
		const label = labels[keyOf(doc.path)];
		if (!label) continue;
		const linked = doc.themes.filter((t) => t.linked).map((t) => t.id);
		tally.documents++;
		tally.kindsRight += doc.kind === label.kind ? 1 : 0;
		tally.linked += linked.length;
		tally.allowed += linked.filter((id) => label.core.includes(id) || label.mention.includes(id)).length;
		tally.core += label.core.length;
		tally.coreLinked += label.core.filter((id) => linked.includes(id)).length;
	}
	return { ...tally, precision: tally.allowed / tally.linked, recall: tally.coreLinked / tally.core };
}

describe("linked themes against a careful reader's labels", () => {
	it("on the sample vault: every note of the labelled kind, precision and recall at least 0.9", async () => {
		const vault = join(ROOT, "tests/fixtures/vault");
		const labels = (JSON.parse(readFileSync(join(ROOT, "tests/fixtures/vault-labels.json"), "utf8")) as { documents: Record<string, Label> }).documents;
		const result = score(await scan(vault), labels, (p) => p);
		console.log(`sample vault: precision ${result.precision.toFixed(3)} (${result.allowed}/${result.linked}), recall ${result.recall.toFixed(3)} (${result.coreLinked}/${result.core})`);
		expect(result.documents).toBe(Object.keys(labels).length);
		expect(result.kindsRight).toBe(result.documents);
		expect(result.precision).toBeGreaterThanOrEqual(0.9);
		expect(result.recall).toBeGreaterThanOrEqual(0.9);
	});

	it.skipIf(!existsSync(SEEDS))("on the seeds: precision and recall 1", async () => {
		const vault = mkdtempSync(join(tmpdir(), "throughline-labels-"));
		for (const f of readdirSync(SEEDS).filter((n) => n.endsWith(".txt"))) copyFileSync(join(SEEDS, f), join(vault, f.replace(/\.txt$/, ".md")));
		const labels = (JSON.parse(readFileSync(join(SEEDS, "labels.json"), "utf8")) as { documents: Record<string, Label> }).documents;
		const result = score(await scan(vault), labels, (p) => p.replace(/\.md$/, ".txt"));
		console.log(`seeds: precision ${result.precision.toFixed(3)} (${result.allowed}/${result.linked}), recall ${result.recall.toFixed(3)} (${result.coreLinked}/${result.core})`);
		expect(result.precision).toBe(1);
		expect(result.recall).toBe(1);
	});
});
