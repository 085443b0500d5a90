// Mentions per month for several themes at once: one line per theme, axes and a legend.
import type { MonthlyCount } from "../view-models";
import { countsByMonth, createChartRoot, linePath, monthsCovered, round, seriesClass, svgChild } from "./svg";

export interface TimelineSeries {
	themeId: string;
	name: string;
	monthly: MonthlyCount[];
}

export interface TimelineOptions {
	width?: number;
	height?: number;
	/** Months to show; by default every month from the first to the last dated mention. */
	months?: string[];
	/** Called when the reader picks a theme in the legend. */
	onSelect?: (themeId: string) => void;
}

interface Frame {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

const DEFAULT_WIDTH = 320; // the usual right-sidebar width in CSS pixels
const DEFAULT_HEIGHT = 160; // tall enough for three y labels without crowding
const MARGIN = { left: 28, right: 8, top: 8, bottom: 20 }; // room for y labels on the left, month labels below

export function renderTimeline(el: HTMLElement, series: TimelineSeries[], options: TimelineOptions = {}): HTMLElement {
	const box = el.createDiv({ cls: "throughline-timeline" });
	const months = options.months ?? monthsCovered(series.map((s) => s.monthly));
	if (series.length === 0 || months.length === 0) {
		box.createDiv({ cls: "throughline-chart-empty", text: "No dated mentions yet." });
		return box;
	}
	const width = options.width ?? DEFAULT_WIDTH;
	const height = options.height ?? DEFAULT_HEIGHT;
	const label = `Mentions per month of ${series.map((s) => s.name).join(", ")}, ${months[0]} to ${months[months.length - 1]}`;
	const svg = createChartRoot(box, width, height, label, "throughline-chart");
	const frame: Frame = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
	const counts = series.map((s) => countsByMonth(s.monthly, months));
	const max = Math.max(1, ...counts.flat());
	drawAxes(svg, frame, months, max);
	counts.forEach((values, i) => drawSeries(svg, frame, values, max, series[i], i));
	renderLegend(box, series, options.onSelect);
	return box;
}

function xFor(frame: Frame, index: number, count: number): number {
	if (count <= 1) return (frame.left + frame.right) / 2;
	return frame.left + (index / (count - 1)) * (frame.right - frame.left);
}

function yFor(frame: Frame, value: number, max: number): number {
	return frame.bottom - (value / max) * (frame.bottom - frame.top);
}

function drawAxes(svg: SVGSVGElement, frame: Frame, months: string[], max: number): void {
	svgChild(svg, "line", { x1: frame.left, y1: frame.bottom, x2: frame.right, y2: frame.bottom }, "throughline-chart-axis");
	svgChild(svg, "line", { x1: frame.left, y1: frame.top, x2: frame.left, y2: frame.bottom }, "throughline-chart-axis");
	for (const value of uniqueTicks(max)) {
		const y = round(yFor(frame, value, max));
		svgChild(svg, "line", { x1: frame.left, y1: y, x2: frame.right, y2: y }, "throughline-chart-grid");
		svgChild(svg, "text", { x: frame.left - 4, y: y + 3, "text-anchor": "end" }, "throughline-chart-label", String(value));
	}
	for (const index of uniqueTicks(months.length - 1)) {
		const x = round(xFor(frame, index, months.length));
		const anchor = index === 0 ? "start" : index === months.length - 1 ? "end" : "middle";
		svgChild(svg, "text", { x, y: frame.bottom + 14, "text-anchor": anchor }, "throughline-chart-label", months[index]);
	}
}

/** 0, the middle and the top, without repeats when the range is tiny. */
function uniqueTicks(max: number): number[] {
	return [...new Set([0, Math.round(max / 2), max])];
}

function drawSeries(svg: SVGSVGElement, frame: Frame, values: number[], max: number, series: TimelineSeries, index: number): void {
	const points = values.map((value, i): [number, number] => [xFor(frame, i, values.length), yFor(frame, value, max)]);
	const path = svgChild(svg, "path", { d: linePath(points), "data-theme-id": series.themeId }, `throughline-chart-series ${seriesClass(index)}`);
	svgChild(path, "title", {}, undefined, `${series.name}: ${values.reduce((a, b) => a + b, 0)} mentions`);
}

function renderLegend(box: HTMLElement, series: TimelineSeries[], onSelect?: (themeId: string) => void): void {
	const legend = box.createEl("ul", { cls: "throughline-chart-legend" });
	series.forEach((s, i) => {
		const item = legend.createEl("li", { cls: "throughline-chart-legend-item" });
		item.createSpan({ cls: `throughline-chart-swatch ${seriesClass(i)}` });
		if (!onSelect) {
			item.createSpan({ text: s.name });
			return;
		}
		const button = item.createEl("button", { text: s.name, cls: "throughline-link-button", attr: { type: "button" } });
		button.addEventListener("click", () => onSelect(s.themeId));
	});
}
