// The short human report of `scan`: what each note is, what it is linked to, how themes recur.

import type { ScanReport } from "../core/index/scan-report";

const MAX_SUGGESTIONS = 8; // a glance, not a list: the sidebar shows them all
const MAX_RELATED = 3; // the strongest few related themes per theme

function kilobytes(bytes: number): string {
	return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function documentLines(report: ScanReport): string[] {
	const lines: string[] = ["Notes"];
	for (const doc of report.documents) {
		const meta = [doc.kind, doc.format, doc.date ?? "no date"].join(" · ");
		lines.push(`  ${doc.path}`, `    ${doc.title} — ${meta}, ${doc.words} words`);
		const linked = doc.themes.filter((t) => t.linked);
		const brushed = doc.themes.filter((t) => !t.linked);
		if (linked.length > 0) lines.push(`    linked: ${linked.map((t) => `${t.name} (${t.mentions})`).join(", ")}`);
		if (brushed.length > 0) lines.push(`    mentioned only: ${brushed.map((t) => t.name).join(", ")}`);
		for (const problem of doc.problems) lines.push(`    problem: ${problem}`);
	}
	return lines;
}

function themeLines(report: ScanReport): string[] {
	const lines: string[] = ["Themes"];
	const active = report.themes.filter((t) => t.documents > 0).sort((a, b) => b.linkedDocuments - a.linkedDocuments || b.mentions - a.mentions);
	const width = Math.max(0, ...active.map((t) => t.name.length));
	for (const theme of active) {
		const names = new Map(report.themes.map((t) => [t.id, t.name]));
		const related = theme.related.slice(0, MAX_RELATED).map((r) => `${names.get(r.id) ?? r.id} ${r.strength.toFixed(2)}`);
		const figures = `${theme.linkedDocuments} linked of ${theme.documents} notes, ${theme.mentions} mentions`;
		lines.push(`  ${theme.name.padEnd(width)}  ${figures}${related.length ? `; recurs with ${related.join(", ")}` : ""}`);
	}
	if (active.length === 0) lines.push("  no theme is mentioned yet");
	return lines;
}

export function formatScanReport(report: ScanReport, fromStarterPack: boolean): string {
	const source = fromStarterPack ? "themes from the built-in starter pack" : "themes from your theme notes";
	const header = `Throughline scanned ${report.stats.files} notes (${kilobytes(report.stats.bytes)}) in ${report.stats.ms} ms — ${source}.`;
	const suggestions = report.suggestions.slice(0, MAX_SUGGESTIONS).map((s) => `"${s.phrase}" (${s.documents} notes)`);
	const tail = suggestions.length > 0 ? ["Suggested themes", `  ${suggestions.join(", ")}`] : [];
	return [header, "", ...documentLines(report), "", ...themeLines(report), ...(tail.length ? ["", ...tail] : []), ""].join("\n");
}
