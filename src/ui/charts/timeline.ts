// Notes per month for every theme at once: one heat strip per theme (themes × months), shaded by
// quartiles of the counts, with the legend of those very shades. Hover or arrow keys say the figures;
// a click opens the passages of that theme in that month (or quarter, or year: heat-scale.ts).
import type { MonthlyCount } from "../view-models";
import { boundLabels, countsByPeriod, heatBounds, heatLevel, HEAT_LEVELS, periodsOf, unitFor, type Period } from "./heat-scale";
import { createChartRoot, monthsCovered, svgChild } from "./svg";
import { createTooltip, type ChartTooltip } from "./tooltip";

export interface TimelineSeries {
	themeId: string;
	name: string;
	monthly: MonthlyCount[];
}

export interface TimelineOptions {
	/** Months to show; by default every month from the first to the last dated note. */
	months?: string[];
	/** Called when the reader picks a theme's name. */
	onSelect?: (themeId: string) => void;
	/** Called when the reader picks a cell with notes: the theme and its first and last month. */
	onOpenPeriod?: (themeId: string, from: string, to: string) => void;
	/** The cell whose passages are shown, outlined. */
	selected?: { themeId: string; from: string } | null;
}

interface Strip {
	series: TimelineSeries;
	counts: number[];
	svg: SVGSVGElement;
}

interface ChartContext {
	periods: Period[];
	noun: string;
	tooltip: ChartTooltip;
	options: TimelineOptions;
}

const CELL_FILL = 0.86; // a cell's share of its slot: the rest is the gap that tells cells apart
const YEAR_LABEL_EVERY_OTHER = 6; // more years than this and every other one is labelled, so labels never touch

export function renderTimeline(el: HTMLElement, series: TimelineSeries[], options: TimelineOptions = {}): HTMLElement {
	const box = el.createDiv({ cls: "throughline-timeline" });
	const months = options.months ?? monthsCovered(series.map((s) => s.monthly));
	if (series.length === 0 || months.length === 0) {
		box.createDiv({ cls: "throughline-chart-empty", text: "No dated mentions yet." });
		return box;
	}
	const periods = periodsOf(months);
	const allCounts = series.map((s) => countsByPeriod(s.monthly, months, periods));
	const bounds = heatBounds(allCounts.flat());
	const noun = unitFor(months.length);
	renderHeatLegend(box, bounds, noun, `${months[0].slice(0, 4)}–${months[months.length - 1].slice(0, 4)}`);
	renderYearAxis(box, periods);
	const context: ChartContext = { periods, noun, tooltip: createTooltip(box), options };
	const list = box.createEl("ul", { cls: "throughline-heat-rows" });
	series.forEach((s, i) => renderStrip(list, s, allCounts[i], bounds, context));
	return box;
}

function renderHeatLegend(box: HTMLElement, bounds: number[], noun: string, span: string): void {
	const legend = box.createDiv({ cls: "throughline-chart-legend throughline-heat-legend" });
	legend.createSpan({ cls: "throughline-heat-legend-title", text: `Notes mentioning each theme, per ${noun}, ${span}` });
	bounds.forEach((bound, i) => {
		const item = legend.createSpan({ cls: "throughline-chart-legend-item" });
		item.createSpan({ cls: `throughline-heat-swatch throughline-heat-${heatLevel(bound, bounds)}` });
		item.createSpan({ text: boundLabels(bounds)[i] });
	});
}

function renderYearAxis(box: HTMLElement, periods: Period[]): void {
	const axis = box.createDiv({ cls: "throughline-heat-axis", attr: { "aria-hidden": "true" } });
	axis.createSpan({ cls: "throughline-heat-name" });
	const years = axis.createDiv({ cls: "throughline-heat-years" });
	const starts = periods.map((p, i) => ({ year: p.from.slice(0, 4), i })).filter(({ year, i }) => i === 0 || periods[i - 1].from.slice(0, 4) !== year);
	const step = starts.length > YEAR_LABEL_EVERY_OTHER ? 2 : 1;
	starts.forEach(({ year, i }, n) => {
		if (n % step !== 0) return;
		const tick = years.createSpan({ cls: "throughline-heat-year", text: year });
		tick.setCssProps({ "--throughline-heat-at": `${(100 * i) / periods.length}%` });
	});
	axis.createSpan({ cls: "throughline-heat-total", text: "Notes" });
}

function renderStrip(list: HTMLElement, series: TimelineSeries, counts: number[], bounds: number[], context: ChartContext): void {
	const { periods, options } = context;
	const row = list.createEl("li", { cls: "throughline-heat-row", attr: { "data-theme-id": series.themeId } });
	const name = row.createEl("button", { cls: "throughline-heat-name throughline-link-button", text: series.name, attr: { type: "button", "aria-label": `Show ${series.name}` } });
	if (options.onSelect) name.addEventListener("click", () => options.onSelect?.(series.themeId));
	const total = counts.reduce((a, b) => a + b, 0);
	const busiest = counts.indexOf(Math.max(...counts));
	const label = `${series.name}: ${total.toLocaleString("en-US")} notes${total > 0 ? `, most in ${periods[busiest].label} (${counts[busiest]})` : ""}`;
	const strip: Strip = { series, counts, svg: createChartRoot(row, periods.length, 1, label, "throughline-heat-strip") };
	strip.svg.setAttr("preserveAspectRatio", "none"); // the strip stretches to the sidebar's width; its cells are rectangles, nothing distorts
	drawCells(strip, bounds, context);
	row.createSpan({ cls: "throughline-heat-total", text: total.toLocaleString("en-US") });
	watchPointer(strip, context);
}

function drawCells(strip: Strip, bounds: number[], context: ChartContext): void {
	const { periods, options } = context;
	svgChild(strip.svg, "rect", { x: 0, y: 0, width: periods.length, height: 1 }, "throughline-heat-track");
	const newYears = periods.map((p, i) => (i > 0 && p.from.slice(0, 4) !== periods[i - 1].from.slice(0, 4) ? `M${i} 0V1` : "")).join("");
	if (newYears !== "") svgChild(strip.svg, "path", { d: newYears }, "throughline-heat-year-line"); // a hairline where each year starts, so columns read across rows
	strip.counts.forEach((count, i) => {
		if (count <= 0) return;
		svgChild(strip.svg, "rect", { x: i + (1 - CELL_FILL) / 2, y: 0.1, width: CELL_FILL, height: 0.8, "data-index": i }, `throughline-heat-cell throughline-heat-${Math.min(HEAT_LEVELS, heatLevel(count, bounds))}`);
	});
	const selected = options.selected;
	if (selected && selected.themeId === strip.series.themeId) {
		const index = periods.findIndex((p) => p.from <= selected.from && selected.from <= p.to);
		if (index >= 0) svgChild(strip.svg, "rect", { x: index, y: 0, width: 1, height: 1 }, "throughline-heat-selected");
	}
}

/** Mouse and keyboard over one strip: a cursor cell, the tooltip with its figures, Enter or a click to open. */
function watchPointer(strip: Strip, context: ChartContext): void {
	const { svg, series, counts } = strip;
	const { periods, tooltip, options } = context;
	let cursor: SVGRectElement | null = null;
	let at = -1;
	const moveTo = (index: number): void => {
		at = Math.max(0, Math.min(periods.length - 1, index));
		cursor ??= svgChild(svg, "rect", { y: 0, width: 1, height: 1 }, "throughline-heat-cursor");
		cursor.setAttr("x", at);
		const count = counts[at];
		tooltip.show(`${series.name}, ${periods[at].label}: ${count.toLocaleString("en-US")} ${count === 1 ? "note" : "notes"}`, cursor);
	};
	const leave = (): void => {
		cursor?.remove();
		cursor = null;
		tooltip.hide();
	};
	const indexAt = (evt: MouseEvent): number => {
		const box = svg.getBoundingClientRect();
		return box.width > 0 ? Math.floor(((evt.clientX - box.left) / box.width) * periods.length) : Number(evt.target instanceof Element ? evt.target.getAttribute("data-index") : -1);
	};
	const open = (index: number): void => {
		if (index >= 0 && counts[index] > 0) options.onOpenPeriod?.(series.themeId, periods[index].from, periods[index].to);
	};
	svg.addEventListener("mousemove", (evt) => moveTo(indexAt(evt)));
	svg.addEventListener("mouseleave", leave);
	svg.addEventListener("click", (evt) => open(indexAt(evt)));
	if (!options.onOpenPeriod) return;
	svg.setAttr("tabindex", 0);
	svg.addEventListener("focus", () => moveTo(at >= 0 ? at : counts.length - 1));
	svg.addEventListener("blur", leave);
	svg.addEventListener("keydown", (evt) => {
		const step = evt.key === "ArrowLeft" ? -1 : evt.key === "ArrowRight" ? 1 : 0;
		if (step !== 0) moveTo(at + step);
		else if (evt.key === "Enter" || evt.key === " ") open(at);
		else return;
		evt.preventDefault();
	});
}
