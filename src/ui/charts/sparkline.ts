// A tiny line of monthly mentions beside each theme in the sidebar.
import type { MonthlyCount } from "../view-models";
import { countsByMonth, createChartRoot, linePath, round, svgChild } from "./svg";

const WIDTH = 64; // about the width of a short word in the sidebar
const HEIGHT = 16; // one line of text
const PAD = 1.5; // keeps the stroke inside the box

/** Draws the monthly counts over `months` (shared by all themes, so sparklines compare). */
export function renderSparkline(el: HTMLElement, monthly: MonthlyCount[], months: string[], label: string): SVGSVGElement {
	const svg = createChartRoot(el, WIDTH, HEIGHT, label, "throughline-sparkline");
	const counts = countsByMonth(monthly, months);
	if (counts.length === 0) return svg;
	const max = Math.max(1, ...counts);
	const step = counts.length > 1 ? (WIDTH - 2 * PAD) / (counts.length - 1) : 0;
	const points = counts.map((count, i): [number, number] => [PAD + i * step, HEIGHT - PAD - (count / max) * (HEIGHT - 2 * PAD)]);
	if (points.length === 1) points.push([WIDTH - PAD, points[0][1]]);
	const baseline = HEIGHT - PAD;
	const outline = [[points[0][0], baseline], ...points, [points[points.length - 1][0], baseline]];
	const area = outline.map(([x, y]) => `${round(x)},${round(y)}`).join(" ");
	svgChild(svg, "polygon", { points: area }, "throughline-sparkline-area"); // a faint fill makes a low line readable at 16 pixels
	svgChild(svg, "path", { d: linePath(points) }, "throughline-sparkline-line");
	return svg;
}
