// Which themes occur together: themes laid out by their ties (map-layout.ts), sized by notes, joined by
// lines as thick as the tie; hover says the figures, a click on a theme shows it, on a line its passages.
import { forceLayout, placeLabels, type LabelRequest, type Point } from "./map-layout";
import { createChartRoot, round, svgChild } from "./svg";
import { createTooltip, type ChartTooltip } from "./tooltip";

export interface MapNode {
	id: string;
	name: string;
	documents: number;
}

export interface MapEdge {
	source: string;
	target: string;
	/** 0..1. */
	strength: number;
	/** Passages where both themes are mentioned. */
	shared?: number;
}

export interface CooccurrenceMapOptions {
	/** Width in CSS pixels; by default the container's, so that text is drawn at its real size. */
	width?: number;
	onSelect?: (themeId: string) => void;
	/** Called when the reader picks a line: show the passages where the two themes meet. */
	onOpenPair?: (source: string, target: string) => void;
	/** The pair whose passages are shown, drawn highlighted. */
	selectedPair?: [string, string] | null;
}

interface PlacedNode extends MapNode, Point {
	r: number;
}

const DEFAULT_WIDTH = 320; // the usual right-sidebar width, where no layout tells the real one
const TALL_ASPECT = 1.35; // many themes need a box taller than wide: the sidebar scrolls down, not across
const SMALL_MAP_THEMES = 12; // up to this many fit a nearly square box
const SMALL_ASPECT = 0.85;
const MIN_RADIUS = 3; // a theme with one note is still visible
const MAX_EXTRA_RADIUS = 9; // the busiest theme's circle is 12 pixels in radius
const MIN_EDGE_WIDTH = 0.75; // the weakest tie drawn is still a visible hairline
const MAX_EXTRA_EDGE_WIDTH = 4.25; // the strongest tie on the map is 5 pixels wide
const HIT_WIDTH = 10; // an invisible wider line under each tie, so that a finger or a mouse can find it
const FONT_SIZE = 10; // styles.css draws map labels at this size
const CHAR_WIDTH = 0.58; // an average interface glyph's width in ems, where the page cannot measure text

export function renderCooccurrenceMap(el: HTMLElement, nodes: MapNode[], edges: MapEdge[], options: CooccurrenceMapOptions = {}): HTMLElement {
	const box = el.createDiv({ cls: "throughline-map" });
	if (nodes.length === 0) {
		box.createDiv({ cls: "throughline-chart-empty", text: "No themes to map yet." });
		return box;
	}
	const width = Math.round(options.width ?? (el.clientWidth > 0 ? el.clientWidth : DEFAULT_WIDTH));
	const height = Math.round(width * (nodes.length <= SMALL_MAP_THEMES ? SMALL_ASPECT : TALL_ASPECT));
	const svg = createChartRoot(box, width, height, `Map of ${nodes.length} themes and how often they occur together`, "throughline-chart throughline-map-chart");
	const placed = placeNodes(nodes, edges, width, height);
	const byId = new Map(placed.map((node) => [node.id, node]));
	const tooltip = createTooltip(box);
	const edgeLayer = svgChild(svg, "g", {}, "throughline-map-edges");
	const maxStrength = Math.max(1e-6, ...edges.map((edge) => edge.strength));
	const drawn = [...edges].sort((a, b) => a.strength - b.strength); // strong ties on top of weak ones
	for (const edge of drawn) drawEdge(edgeLayer, edge, byId, maxStrength, tooltip, options);
	const nodeLayer = svgChild(svg, "g", {}, "throughline-map-nodes");
	const labels = placed.map((node) => drawNode(nodeLayer, node, tooltip, options.onSelect));
	lightTiesOnHover(svg, nodeLayer, edgeLayer);
	layOutLabels(placed, labels, width, height);
	svg.addEventListener("mouseleave", () => tooltip.hide());
	renderMapLegend(box, options.onOpenPair !== undefined);
	return box;
}

function placeNodes(nodes: MapNode[], edges: MapEdge[], width: number, height: number): PlacedNode[] {
	const maxDocuments = Math.max(1, ...nodes.map((node) => node.documents));
	const sized = nodes.map((node) => ({ ...node, r: MIN_RADIUS + MAX_EXTRA_RADIUS * Math.sqrt(Math.max(0, node.documents) / maxDocuments) }));
	const margin = MIN_RADIUS + MAX_EXTRA_RADIUS + FONT_SIZE; // the busiest circle and a line of label fit inside the edge
	const points = forceLayout(sized, edges, width, height, margin);
	return sized.map((node) => ({ ...node, ...(points.get(node.id) as Point) }));
}

function drawEdge(layer: SVGGElement, edge: MapEdge, byId: Map<string, PlacedNode>, maxStrength: number, tooltip: ChartTooltip, options: CooccurrenceMapOptions): void {
	const from = byId.get(edge.source);
	const to = byId.get(edge.target);
	if (!from || !to || from === to) return;
	const relative = Math.min(1, Math.max(0, edge.strength) / maxStrength);
	const ends = { x1: round(from.x), y1: round(from.y), x2: round(to.x), y2: round(to.y) };
	const group = svgChild(layer, "g", { "data-source": edge.source, "data-target": edge.target }, "throughline-map-tie");
	const selected = options.selectedPair && [edge.source, edge.target].every((id) => options.selectedPair?.includes(id));
	group.toggleClass("is-selected", Boolean(selected));
	svgChild(group, "line", { ...ends, "stroke-width": round(MIN_EDGE_WIDTH + MAX_EXTRA_EDGE_WIDTH * relative), "stroke-opacity": round(0.3 + 0.6 * relative) }, "throughline-map-edge"); // weak ties recede but stay visible
	const hit = svgChild(group, "line", { ...ends, "stroke-width": HIT_WIDTH }, "throughline-map-edge-hit");
	const together = edge.shared === undefined ? "" : `, ${edge.shared.toLocaleString("en-US")} passages together`;
	const text = `${from.name} and ${to.name}${together} (strength ${edge.strength.toFixed(2)})`;
	hit.addEventListener("mouseenter", () => tooltip.show(text, hit));
	hit.addEventListener("mouseleave", () => tooltip.hide());
	const open = options.onOpenPair;
	if (!open) return;
	group.setAttr("role", "button");
	group.setAttr("aria-label", `Show the passages where ${from.name} and ${to.name} meet`);
	group.addEventListener("click", () => open(edge.source, edge.target));
}

function drawNode(layer: SVGGElement, node: PlacedNode, tooltip: ChartTooltip, onSelect?: (themeId: string) => void): SVGTextElement {
	const group = svgChild(layer, "g", { "data-theme-id": node.id }, "throughline-map-node");
	const circle = svgChild(group, "circle", { cx: round(node.x), cy: round(node.y), r: round(node.r) }, "throughline-map-circle");
	const text = `${node.name}: ${node.documents.toLocaleString("en-US")} ${node.documents === 1 ? "note" : "notes"}`;
	group.addEventListener("mouseenter", () => tooltip.show(text, circle));
	group.addEventListener("focus", () => tooltip.show(text, circle));
	group.addEventListener("blur", () => tooltip.hide());
	group.addEventListener("mouseleave", () => tooltip.hide());
	const label = svgChild(group, "text", {}, "throughline-map-label", node.name);
	if (!onSelect) return label;
	group.setAttr("tabindex", 0);
	group.setAttr("role", "button");
	group.setAttr("aria-label", `Show ${node.name}, ${text.slice(node.name.length + 2)}`);
	group.addEventListener("click", () => onSelect(node.id));
	group.addEventListener("keydown", (evt) => {
		if (evt.key === "Enter" || evt.key === " ") onSelect(node.id);
	});
	return label;
}

/** While a theme is hovered or focused, its own ties stand out and the others recede (styles.css). */
function lightTiesOnHover(svg: SVGSVGElement, nodeLayer: SVGGElement, edgeLayer: SVGGElement): void {
	const light = (themeId: string | null): void => {
		svg.toggleClass("has-lit-theme", themeId !== null);
		for (const tie of Array.from(edgeLayer.children)) {
			tie.toggleClass("is-lit", themeId !== null && (tie.getAttribute("data-source") === themeId || tie.getAttribute("data-target") === themeId));
		}
	};
	for (const node of Array.from(nodeLayer.children)) {
		const themeId = node.getAttribute("data-theme-id");
		node.addEventListener("mouseenter", () => light(themeId));
		node.addEventListener("focus", () => light(themeId));
		node.addEventListener("mouseleave", () => light(null));
		node.addEventListener("blur", () => light(null));
	}
}

/** Measured where the page can (a real layout), estimated elsewhere. */
function labelWidth(label: SVGTextElement, name: string): number {
	const measured = label.isConnected && typeof label.getComputedTextLength === "function" ? label.getComputedTextLength() : 0;
	return measured > 0 ? measured : name.length * FONT_SIZE * CHAR_WIDTH;
}

/** Busiest themes first get the free spots; a label with none is drawn only while its theme is hovered. */
function layOutLabels(nodes: PlacedNode[], labels: SVGTextElement[], width: number, height: number): void {
	const height1 = FONT_SIZE * 1.2; // a line of text with its descenders
	const requests: LabelRequest[] = nodes.map((node, i) => ({ id: node.id, x: node.x, y: node.y, r: node.r, width: labelWidth(labels[i], node.name), height: height1 }));
	const order = requests.map((_, i) => i).sort((a, b) => nodes[b].documents - nodes[a].documents);
	const placed = placeLabels(order.map((i) => requests[i]), width, height);
	nodes.forEach((node, i) => {
		const spot = placed.get(node.id);
		const left = spot ? spot.x : Math.min(node.x + node.r + 2, width - requests[i].width); // crowded: right of the circle, shown on hover
		const top = spot ? spot.y : node.y - height1 / 2;
		labels[i].setAttrs({ x: round(left), y: round(top + FONT_SIZE * 0.9) }); // baseline at 0.9 em below the box's top
		labels[i].toggleClass("is-crowded", !spot);
	});
}

function renderMapLegend(box: HTMLElement, pairsOpen: boolean): void {
	const legend = box.createDiv({ cls: "throughline-chart-legend throughline-map-legend" });
	const circle = legend.createSpan({ cls: "throughline-chart-legend-item" });
	circle.createSpan({ cls: "throughline-map-legend-circle" });
	circle.createSpan({ text: "Circle: notes on the theme" });
	const lines = legend.createSpan({ cls: "throughline-chart-legend-item" });
	lines.createSpan({ cls: "throughline-map-legend-line is-thin" });
	lines.createSpan({ cls: "throughline-map-legend-line is-thick" });
	lines.createSpan({ text: pairsOpen ? "Line: passages together; click one to read them" : "Line: passages together" });
}
