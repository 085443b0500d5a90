// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from "vitest";
import { installDomHelpers } from "../fake-obsidian/dom";
import { renderCooccurrenceMap } from "../../src/ui/charts/cooccurrence-map";
import { boundLabels, countsByPeriod, heatBounds, heatLevel, HEAT_LEVELS, periodsOf, spanLabel } from "../../src/ui/charts/heat-scale";
import { forceLayout, placeLabels } from "../../src/ui/charts/map-layout";
import { renderSparkline } from "../../src/ui/charts/sparkline";
import { countsByMonth, monthRange, monthsCovered } from "../../src/ui/charts/svg";
import { renderTimeline } from "../../src/ui/charts/timeline";
import { texts, XSS } from "./models";

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

describe("heat scale", () => {
	it("makes a cell a month up to three years, then a calendar quarter, then a year", () => {
		expect(periodsOf(monthRange("2023-11", "2024-02")).map((p) => p.label)).toEqual(["November 2023", "December 2023", "January 2024", "February 2024"]);
		const quarters = periodsOf(monthRange("2019-02", "2023-12"));
		expect(quarters[0]).toMatchObject({ from: "2019-01", to: "2019-03", label: "Jan–Mar 2019", start: 0, end: 1 });
		expect(quarters).toHaveLength(20);
		const years = periodsOf(monthRange("2010-06", "2024-01"));
		expect(years.map((p) => p.label)[0]).toBe("2010");
		expect(years[years.length - 1]).toMatchObject({ from: "2024-01", to: "2024-12" });
		expect(spanLabel("2023-11", "2024-01")).toBe("Nov 2023–Jan 2024");
	});

	it("shades by quartiles of the non-zero counts, darkest for the most, and labels each shade's range", () => {
		const bounds = heatBounds([0, 1, 2, 3, 4, 5, 6, 7, 8, 40]);
		expect(bounds).toEqual([3, 5, 7, 40]);
		expect([0, 1, 4, 6, 8, 40].map((v) => heatLevel(v, bounds))).toEqual([0, 1, 2, 3, 4, 4]);
		expect(boundLabels(bounds)).toEqual(["1–3", "4–5", "6–7", "8–40"]);
		expect(heatBounds([2, 2, 2])).toEqual([2]);
		expect(heatLevel(2, [2])).toBe(HEAT_LEVELS); // one shade only: it is the darkest
		expect(countsByPeriod(series[0].monthly, monthRange("2023-11", "2024-02"), periodsOf(monthRange("2023-11", "2024-02")))).toEqual([2, 0, 0, 6]);
	});
});

describe("renderTimeline", () => {
	it("draws one heat strip per theme with a cell per month that has notes, its total, and a legend of the shades it uses", () => {
		const el = createDiv();
		renderTimeline(el, series);
		expect(texts(el, ".throughline-heat-row .throughline-heat-name")).toEqual(["Agents", "Scaling laws", "RLHF"]);
		expect(texts(el, ".throughline-heat-row .throughline-heat-total")).toEqual(["8", "3", "0"]);
		const strips = Array.from(el.querySelectorAll("svg.throughline-heat-strip"));
		expect(strips[0].namespaceURI).toBe("http://www.w3.org/2000/svg");
		expect(strips.map((svg) => svg.querySelectorAll(".throughline-heat-cell").length)).toEqual([2, 1, 0]);
		expect(strips[0].getAttribute("viewBox")).toBe("0 0 4 1"); // one slot per month
		expect(strips[0].querySelector(".throughline-heat-year-line")?.getAttribute("d")).toBe("M2 0V1"); // 2024 starts at the third month
		const cellShades = new Set(Array.from(el.querySelectorAll(".throughline-heat-cell")).map((c) => c.getAttribute("class")?.match(/throughline-heat-\d/)?.[0]));
		const legendShades = new Set(Array.from(el.querySelectorAll(".throughline-heat-swatch")).map((c) => c.getAttribute("class")?.match(/throughline-heat-\d/)?.[0]));
		expect(legendShades).toEqual(cellShades); // the legend shows exactly the shades drawn
		expect(el.querySelector(".throughline-heat-legend")?.textContent).toContain("Notes mentioning each theme, per month, 2023–2024");
		expect(strips[0].getAttribute("aria-label")).toBe("Agents: 8 notes, most in February 2024 (6)");
	});

	it("puts the busiest cell in the darkest shade and an empty month in none", () => {
		const el = createDiv();
		renderTimeline(el, [series[0]]);
		const cells = Array.from(el.querySelectorAll(".throughline-heat-cell"));
		expect(cells.map((c) => c.getAttribute("data-index"))).toEqual(["0", "3"]);
		expect(cells[1].getAttribute("class")).toContain(`throughline-heat-${HEAT_LEVELS}`);
		expect(cells[0].getAttribute("class")).not.toContain(`throughline-heat-${HEAT_LEVELS}`);
	});

	it("a click on a cell opens that theme's month, Enter on the strip the cell under the cursor; the name selects the theme", () => {
		const el = createDiv();
		document.body.appendChild(el);
		const onSelect = vi.fn();
		const onOpenPeriod = vi.fn();
		renderTimeline(el, series, { onSelect, onOpenPeriod });
		const strip = el.querySelector<SVGSVGElement>("svg.throughline-heat-strip")!;
		strip.querySelectorAll(".throughline-heat-cell")[1].dispatchEvent(new MouseEvent("click", { bubbles: true }));
		expect(onOpenPeriod).toHaveBeenCalledWith("a", "2024-02", "2024-02");
		strip.dispatchEvent(new FocusEvent("focus"));
		expect(el.querySelector(".throughline-tooltip")?.textContent).toBe("Agents, February 2024: 6 notes");
		strip.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft" }));
		expect(el.querySelector(".throughline-tooltip")?.textContent).toBe("Agents, January 2024: 0 notes");
		strip.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		expect(onOpenPeriod).toHaveBeenCalledTimes(1); // an empty month opens nothing
		for (let i = 0; i < 5; i++) strip.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft" }));
		strip.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		expect(onOpenPeriod).toHaveBeenLastCalledWith("a", "2023-11", "2023-11");
		el.querySelector<HTMLButtonElement>(".throughline-heat-row button")!.click();
		expect(onSelect).toHaveBeenCalledWith("a");
	});

	it("outlines the open cell; names are text; no data gives a message", () => {
		const el = createDiv();
		renderTimeline(el, [{ ...series[0], name: XSS }], { selected: { themeId: "a", from: "2024-02" } });
		expect(el.querySelector("img")).toBeNull();
		expect(el.querySelector(".throughline-heat-selected")?.getAttribute("x")).toBe("3");
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

	it("lays out deterministically, tied themes nearer each other than untied ones, inside the box", () => {
		const five = [...nodes, { id: "x", name: "X", documents: 2 }, { id: "y", name: "Y", documents: 2 }].map((n) => ({ id: n.id, r: 5 }));
		const ties = [{ source: "a", target: "s", strength: 0.9 }, { source: "x", target: "y", strength: 0.9 }];
		const first = forceLayout(five, ties, 300, 400, 10);
		forceLayout(five, ties, 320, 400, 10); // another layout in between: the next call lays out afresh
		expect(forceLayout(five, ties, 300, 400, 10)).toEqual(first);
		const gap = (p: string, q: string): number => Math.hypot(first.get(p)!.x - first.get(q)!.x, first.get(p)!.y - first.get(q)!.y);
		expect(gap("a", "s")).toBeLessThan(gap("a", "x"));
		expect(gap("x", "y")).toBeLessThan(gap("s", "y"));
		for (const { x, y } of first.values()) {
			expect(x).toBeGreaterThanOrEqual(10);
			expect(x).toBeLessThanOrEqual(290);
			expect(y).toBeGreaterThanOrEqual(10);
			expect(y).toBeLessThanOrEqual(390);
		}
	});

	it("places labels where they overlap no other label and no circle, leaving out one with no room", () => {
		const label = (id: string, x: number, y: number) => ({ id, x, y, r: 4, width: 40, height: 12 });
		const crowd = ["a", "b", "c", "d", "e", "f"].map((id) => label(id, 50, 20));
		const placed = placeLabels(crowd, 100, 40);
		const boxes = [...placed.values()];
		for (const one of boxes) {
			for (const other of boxes) {
				if (one === other) continue;
				const apart = one.x + one.width <= other.x || other.x + other.width <= one.x || one.y + one.height <= other.y || other.y + other.height <= one.y;
				expect(apart, `${one.id} and ${other.id} overlap`).toBe(true);
			}
			expect(one.x).toBeGreaterThanOrEqual(0);
			expect(one.x + one.width).toBeLessThanOrEqual(120);
		}
		expect(placed.size).toBe(4); // right, left, above, below: the two left over wait for a hover
		expect(placed.get("a")?.x).toBe(56); // the first takes the right of its circle
		const pair = placeLabels([label("a", 50, 20), label("b", 60, 20)], 100, 40);
		expect(pair.get("a")?.x).toBeLessThan(50); // a circle to the right takes that side: its neighbour's label goes left

	});

	it("says the figures on hover and opens a pair's passages from its line", () => {
		const el = createDiv();
		document.body.appendChild(el);
		const onOpenPair = vi.fn();
		renderCooccurrenceMap(el, nodes, [{ source: "a", target: "s", strength: 0.5, shared: 12 }], { onOpenPair, selectedPair: ["s", "a"] });
		const tie = el.querySelector(".throughline-map-tie")!;
		expect(tie.classList.contains("is-selected")).toBe(true);
		tie.querySelector(".throughline-map-edge-hit")!.dispatchEvent(new MouseEvent("mouseenter"));
		expect(el.querySelector(".throughline-tooltip")?.textContent).toBe("Agents and Scaling laws, 12 passages together (strength 0.50)");
		tie.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		expect(onOpenPair).toHaveBeenCalledWith("a", "s");
		el.querySelector('[data-theme-id="s"]')!.dispatchEvent(new MouseEvent("mouseenter"));
		expect(el.querySelector(".throughline-tooltip")?.textContent).toBe("Scaling laws: 16 notes");
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
