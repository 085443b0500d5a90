// The eval's table, as `npm run eval` prints it.

import type { EvalReport } from "./main";
import { type EvalResult, type Figures, SHORT_PASSAGE_WORDS, SHOWN } from "./score";
import type { SuggestionFigures } from "./suggestions";

const pct = (value: number): string => value.toFixed(3);

function figureRow(name: string, f: Figures): string {
	return `  ${name.padEnd(18)} ${pct(f.precision)}  ${pct(f.recall)}  ${pct(f.f1)}   ${`${f.allowed}/${f.links}`.padStart(7)}  ${`${f.coreLinked}/${f.core}`.padStart(7)}`;
}

function figuresTable(result: EvalResult, withThemes: boolean): string[] {
	const lines = [`  ${"".padEnd(18)} P      R      F1     right/links  core`, figureRow("overall", result.overall)];
	for (const [family, f] of Object.entries(result.families)) if (Object.keys(result.families).length > 1) lines.push(figureRow(family, f));
	if (withThemes) {
		lines.push("  per theme:");
		for (const [theme, f] of Object.entries(result.themes)) lines.push(figureRow(`  ${theme}`, f));
	}
	return lines;
}

function summary(result: EvalResult): string[] {
	const p = result.passages;
	return [
		`  kinds right: ${result.kindsRight}/${result.documents}`,
		`  links on negative documents: ${result.negativeLinks} (${result.negativeDocuments} documents with no theme)`,
		`  passages: evidence quote among the first ${SHOWN} shown: ${p.evidenceShown}/${p.withEvidence}; shown passages under ${SHORT_PASSAGE_WORDS} words: ${p.short}/${p.shown}`,
	];
}

function wrongList(result: EvalResult): string[] {
	if (result.wrong.length === 0) return ["  wrong decisions: none"];
	const order = ["wrong link", "missed", "wrong kind", "not found"];
	const sorted = [...result.wrong].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.key < b.key ? -1 : 1));
	return [`  wrong decisions (${result.wrong.length}):`, ...sorted.map((w) => `    ${w.kind.padEnd(10)} ${w.key}${w.theme ? ` ${w.theme}` : ""}: ${w.why}`)];
}

function suggestionLines(s: SuggestionFigures): string[] {
	const lines = [`  suggestions: ${s.top10}/10 of the top 10 and ${s.top20}/20 of the top 20 adoptable; everyday words in the top 20: ${s.everyday20}`];
	s.verdicts.forEach((v, i) => lines.push(`    ${String(i + 1).padStart(2)}. ${v.phrase}${v.adoptable ? ` (adoptable: ${v.adoptable})` : ""}${v.everyday ? " (everyday word)" : ""}`));
	return lines;
}

export function formatEval(report: EvalReport): string {
	const lines: string[] = [];
	if (report.corpus) {
		const c = report.corpus;
		lines.push(`Development corpus (${c.documents} documents, scanned in ${c.ms} ms)`, ...figuresTable(c, true), ...summary(c));
		for (const problem of c.importProblems) lines.push(`  import problem: ${problem}`);
		if (c.suggestions) lines.push(...suggestionLines(c.suggestions));
		lines.push(...wrongList(c));
	} else lines.push("Development corpus: ../shared/corpus/labels.json not found, skipped");
	if (report.seeds) {
		const s = report.seeds;
		const exact = s.overall.precision === 1 && s.overall.recall === 1 && s.passagesFound.found === s.passagesFound.labelled;
		lines.push("", `Seeds (${s.documents} documents): ${exact ? "exact" : "NOT exact"}`, ...figuresTable(s, false), ...summary(s));
		lines.push(`  labelled passages found: ${s.passagesFound.found}/${s.passagesFound.labelled}`, ...s.passagesFound.missing.map((m) => `    missing ${m}`));
		lines.push(...wrongList(s));
	} else lines.push("", "Seeds: ../shared/seeds/labels.json not found, skipped");
	return lines.join("\n");
}
