// One table for people, one JSON object for machines: every figure with its target and verdict.

export interface Target {
	/** How the target reads in the table, e.g. "≥ 150". */
	text: string;
	met: (value: number) => boolean;
}

export interface BenchRow {
	key: string;
	label: string;
	/** null when the figure could not be measured (the engine part is not built yet, or it failed). */
	value: number | null;
	unit: string;
	target: Target | null;
	/** How it was measured, or why there is no value. */
	note: string;
}

export const atLeast = (limit: number): Target => ({ text: `>= ${limit}`, met: (v) => v >= limit });
export const atMost = (limit: number): Target => ({ text: `<= ${limit}`, met: (v) => v <= limit });
export const exactly = (expected: number): Target => ({ text: `= ${expected}`, met: (v) => v === expected });

export const NOT_BUILT = "n/a (not built)";

export function verdict(row: BenchRow): "met" | "NOT met" | "" {
	if (row.target === null || row.value === null) return "";
	return row.target.met(row.value) ? "met" : "NOT met";
}

function formatValue(row: BenchRow): string {
	if (row.value === null) return "n/a";
	const digits = Number.isInteger(row.value) ? 0 : Math.abs(row.value) >= 100 ? 0 : Math.abs(row.value) >= 10 ? 1 : 2;
	return `${row.value.toFixed(digits)}${row.unit ? ` ${row.unit}` : ""}`;
}

/** A plain-text table, aligned for a terminal. */
export function renderTable(title: string, rows: readonly BenchRow[]): string {
	const header = ["figure", "value", "target", "status", "how / why"];
	const body = rows.map((row) => [row.label, formatValue(row), row.target?.text ?? "", verdict(row), row.note]);
	const widths = header.map((_, c) => Math.max(header[c].length, ...body.map((cells) => cells[c].length)));
	const line = (cells: string[]): string => cells.map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c]))).join("  ").trimEnd();
	const rule = widths.map((w) => "-".repeat(w)).join("  ");
	return [title, "", line(header), rule, ...body.map(line)].join("\n");
}

/** One JSON object: each key's value at the top level, with targets, verdicts and notes beside them. */
export function renderJson(vault: Record<string, unknown>, rows: readonly BenchRow[]): string {
	const out: Record<string, unknown> = {};
	const targets: Record<string, { target: string; met: boolean | null }> = {};
	const notes: Record<string, string> = {};
	for (const row of rows) {
		out[row.key] = row.value === null ? null : Number(row.value.toFixed(3));
		if (row.target) targets[row.key] = { target: row.target.text, met: row.value === null ? null : row.target.met(row.value) };
		if (row.note) notes[row.key] = row.note;
	}
	return JSON.stringify({ ...out, vault, targets, notes });
}
