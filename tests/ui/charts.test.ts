// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from "vitest";
import { installDomHelpers } from "../fake-obsidian/dom";
import { placeOnCircle, renderCooccurrenceMap } from "../../src/ui/charts/cooccurrence-map";
import { renderSparkline } from "../../src/ui/charts/sparkline";
import { countsByMonth, monthRange, monthsCovered } from "../../src/ui/charts/svg";
import { renderTimeline } from "../../src/ui/charts/timeline";
import { XSS } from "./models";

beforeAll(() => installDomHelpers(window));

const series = [
	{ themeId: "a", name: "Agents", monthly: [{ month: "2023-11", count: 2 }, { month: "2024-02", count: 6 }] },
	{ themeId: "s", name: "Scaling laws", monthly: [{ month: "2024-01", count: 3 }] },
	{ themeId: "r", name: "RLHF", monthly: [] },
];

describe("months", () => {
	it("spans years and fills gaps with zero", () => {
		expect(monthRange("2023-11", "2024-02")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
		expect(monthsCovered(series.map((s) => s.monthly))).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
		expect(countsByMonth(series[0].monthly, monthRange("2023-11", "2024-02"))).toEqual([2, 0, 0, 6]);
		expect(monthsCovered([[{ month: "garbage", count: 1 }]])).toEqual([]);
	});
});

describe("renderTimeline", () => {
	it("draws one path per series with axes, month labels and a legend", () => {
		const el = createDiv();
		renderTimeline(el, series);
		const svg = el.querySelector("svg")!;
		expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
		const paths = svg.querySelectorAll("path.throughline-chart-series");
		expect(paths).toHaveLength(3);
		expect(Array.from(paths).map((p) => p.getAttribute("class"))).toEqual([
			"throughline-chart-series throughline-series-0", "throughline-chart-series throughline-series-1", "throughline-chart-series throughline-series-2",
		]);
		expect(paths[0].getAttribute("d")?.split("L")).toHaveLength(4); // one point per month
		expect(svg.querySelectorAll("line.throughline-chart-axis")).toHaveLength(2);
		const labels = Array.from(svg.querySelectorAll("text")).map((t) => t.textContent);
		expect(labels).toContain("2023-11");
		expect(labels).toContain("6"); // the y axis reaches the highest count
		expect(Array.from(el.querySelectorAll(".throughline-chart-legend-item")).map((li) => li.textContent)).toEqual(["Agents", "Scaling laws", "RLHF"]);
	});

	it("puts the highest month at the top of the plot", () => {
		const el = createDiv();
		renderTimeline(el, [series[0]], { width: 100, height: 100 });
		const d = el.querySelector("path.throughline-chart-series")!.getAttribute("d")!;
		const ys = d.split(/[ML]/).filter(Boolean).map((pair) => Number(pair.trim().split(" ")[1]));
		expect(Math.min(...ys)).toBe(ys[3]); // February's 6 mentions
		expect(ys[1]).toBe(ys[2]); // the empty months lie on the baseline together
	});

	it("legend selects a theme; names are text; no data gives a message", () => {
		const el = createDiv();
		const onSelect = vi.fn();
		renderTimeline(el, [{ ...series[0], name: XSS }], { onSelect });
		expect(el.querySelector("img")).toBeNull();
		el.querySelector<HTMLButtonElement>(".throughline-chart-legend button")!.click();
		expect(onSelect).toHaveBeenCalledWith("a");
		const empty = createDiv();
		renderTimeline(empty, [series[2]]);
		expect(empty.querySelector("svg")).toBeNull();
		expect(empty.textContent).toContain("No dated mentions yet.");
	});
});

describe("renderSparkline", () => {
	it("draws one line over the shared months", () => {
		const el = createDiv();
		renderSparkline(el, series[0].monthly, monthRange("2023-11", "2024-02"), "Agents");
		expect(el.querySelectorAll("svg path")).toHaveLength(1);
		expect(el.querySelector("svg")?.getAttribute("aria-label")).toBe("Agents");
	});
});

describe("renderCooccurrenceMap", () => {
	const nodes = [{ id: "a", name: "Agents", documents: 4 }, { id: "s", name: "Scaling laws", documents: 16 }, { id: "r", name: XSS, documents: 1 }];
	const edges = [{ source: "a", target: "s", strength: 0.5 }, { source: "s", target: "r", strength: 1 }, { source: "a", target: "missing", strength: 1 }];

	it("draws a circle per theme sized by documents and a line per known edge sized by strength", () => {
		const el = createDiv();
		renderCooccurrenceMap(el, nodes, edges);
		const radii = Array.from(el.querySelectorAll("circle")).map((c) => Number(c.getAttribute("r")));
		expect(radii).toHaveLength(3);
		expect(radii[1]).toBeGreaterThan(radii[0]);
		expect(radii[0]).toBeGreaterThan(radii[2]);
		const widths = Array.from(el.querySelectorAll("line.throughline-map-edge")).map((l) => Number(l.getAttribute("stroke-width")));
		expect(widths).toHaveLength(2);
		expect(widths[1]).toBeGreaterThan(widths[0]);
		expect(el.querySelector("img")).toBeNull();
		expect(Array.from(el.querySelectorAll("text")).map((t) => t.textContent)).toContain(XSS);
	});

	it("lays out deterministically on a circle, first node at the top", () => {
		const first = placeOnCircle(nodes, 300);
		expect(placeOnCircle(nodes, 300)).toEqual(first);
		expect(first[0].x).toBeCloseTo(150);
		expect(first[0].y).toBeLessThan(150);
		const distances = first.map((n) => Math.hypot(n.x - 150, n.y - 150));
		expect(distances[1]).toBeCloseTo(distances[0]);
	});

	it("selects a theme by click or Enter", () => {
		const el = createDiv();
		const onSelect = vi.fn();
		renderCooccurrenceMap(el, nodes, edges, { onSelect });
		const node = el.querySelector('[data-theme-id="s"]')!;
		node.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		node.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(onSelect).toHaveBeenCalledTimes(2);
		expect(onSelect).toHaveBeenCalledWith("s");
	});
});
