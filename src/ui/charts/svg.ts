// Shared pieces of the SVG charts: element creation through Obsidian's helpers, months.
import type { MonthlyCount } from "../view-models";

type SvgAttrs = Record<string, string | number>;

/** Creates an SVG child with attributes; text, when given, goes in as textContent. */
export function svgChild<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attrs: SvgAttrs, cls?: string, text?: string): SVGElementTagNameMap[K] {
	const child = parent.createSvg(tag, { attr: attrs, cls });
	if (text !== undefined) child.textContent = text;
	return child;
}

/** The root <svg> of a chart, scaled to its container through its viewBox. */
export function createChartRoot(el: HTMLElement, width: number, height: number, label: string, cls: string): SVGSVGElement {
	return el.createSvg("svg", {
		cls,
		attr: { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": label, preserveAspectRatio: "xMidYMid meet" },
	});
}

/** Every month from `first` to `last` inclusive, as `YYYY-MM`. */
export function monthRange(first: string, last: string): string[] {
	const months: string[] = [];
	let [year, month] = splitMonth(first);
	const [lastYear, lastMonth] = splitMonth(last);
	const safety = 1200; // a century of months: guards against malformed input looping for ever
	while ((year < lastYear || (year === lastYear && month <= lastMonth)) && months.length < safety) {
		months.push(`${year}-${String(month).padStart(2, "0")}`);
		month += 1;
		if (month > 12) {
			month = 1;
			year += 1;
		}
	}
	return months;
}

function splitMonth(value: string): [number, number] {
	const [year, month] = value.split("-").map((part) => Number.parseInt(part, 10));
	return [Number.isFinite(year) ? year : 0, Number.isFinite(month) ? month : 1];
}

/** The span of months covered by any of the series, or [] when none has a dated mention. */
export function monthsCovered(series: MonthlyCount[][]): string[] {
	const months = series.flat().map((point) => point.month).filter((month) => /^\d{4}-\d{2}$/.test(month)).sort();
	if (months.length === 0) return [];
	return monthRange(months[0], months[months.length - 1]);
}

/** The counts of one series laid over the given months, zero where it has none. */
export function countsByMonth(monthly: MonthlyCount[], months: string[]): number[] {
	const byMonth = new Map<string, number>();
	for (const point of monthly) byMonth.set(point.month, (byMonth.get(point.month) ?? 0) + point.count);
	return months.map((month) => byMonth.get(month) ?? 0);
}

/** An SVG path through the points, `M x y L x y …`, with coordinates rounded to keep the markup small. */
export function linePath(points: [number, number][]): string {
	return points.map(([x, y], index) => `${index === 0 ? "M" : "L"}${round(x)} ${round(y)}`).join(" ");
}

export function round(value: number): number {
	return Math.round(value * 10) / 10; // a tenth of a unit is finer than any screen pixel at these sizes
}
