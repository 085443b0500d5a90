// Which themes occur together: themes on a circle, sized by documents, joined by lines as thick as the link.
import { createChartRoot, round, svgChild } from "./svg";

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
}

export interface CooccurrenceMapOptions {
	size?: number;
	onSelect?: (themeId: string) => void;
}

interface PlacedNode extends MapNode {
	x: number;
	y: number;
	r: number;
	angle: number;
}

const DEFAULT_SIZE = 320; // fits the right sidebar
const LABEL_ROOM = 56; // space outside the ring for theme names
const MIN_RADIUS = 3; // a theme with one document is still visible
const MAX_EXTRA_RADIUS = 11; // the busiest theme is at most 14 units across its radius
const MAX_EDGE_WIDTH = 4; // the strongest pair; weaker ones scale down from here

export function renderCooccurrenceMap(el: HTMLElement, nodes: MapNode[], edges: MapEdge[], options: CooccurrenceMapOptions = {}): HTMLElement {
	const box = el.createDiv({ cls: "throughline-map" });
	if (nodes.length === 0) {
		box.createDiv({ cls: "throughline-chart-empty", text: "No themes to map yet." });
		return box;
	}
	const size = options.size ?? DEFAULT_SIZE;
	const svg = createChartRoot(box, size, size, `Map of ${nodes.length} themes and how often they occur together`, "throughline-chart");
	const placed = placeOnCircle(nodes, size);
	const byId = new Map(placed.map((node) => [node.id, node]));
	const edgeLayer = svgChild(svg, "g", {}, "throughline-map-edges");
	for (const edge of edges) drawEdge(edgeLayer, edge, byId);
	const nodeLayer = svgChild(svg, "g", {}, "throughline-map-nodes");
	for (const node of placed) drawNode(nodeLayer, node, options.onSelect);
	fitToDrawing(svg);
	return box;
}

const FIT_MARGIN = 6; // keeps strokes and label descenders off the edge

/**
 * Crops the view box to what was drawn, labels included, so that a long theme name is never cut off
 * at the sidebar's edge and no empty band is left around the ring. Needs layout (a real page): where
 * the chart is hidden or no layout exists, the square box stays.
 */
function fitToDrawing(svg: SVGSVGElement): void {
	if (!svg.isConnected || typeof svg.getBBox !== "function") return;
	try {
		const drawn = svg.getBBox();
		if (drawn.width === 0 || drawn.height === 0) return;
		const box = [drawn.x - FIT_MARGIN, drawn.y - FIT_MARGIN, drawn.width + 2 * FIT_MARGIN, drawn.height + 2 * FIT_MARGIN];
		svg.setAttr("viewBox", box.map(round).join(" "));
	} catch {
		// Firefox throws for an element that is not rendered: keep the square box
	}
}

/** A deterministic layout: nodes in the given order, clockwise from the top. */
export function placeOnCircle(nodes: MapNode[], size: number): PlacedNode[] {
	const centre = size / 2;
	const ring = Math.max(size / 2 - LABEL_ROOM, size / 6);
	const maxDocuments = Math.max(1, ...nodes.map((node) => node.documents));
	return nodes.map((node, i) => {
		const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
		const r = MIN_RADIUS + MAX_EXTRA_RADIUS * Math.sqrt(Math.max(0, node.documents) / maxDocuments);
		return { ...node, angle, r, x: centre + ring * Math.cos(angle), y: centre + ring * Math.sin(angle) };
	});
}

function drawEdge(layer: SVGGElement, edge: MapEdge, byId: Map<string, PlacedNode>): void {
	const from = byId.get(edge.source);
	const to = byId.get(edge.target);
	if (!from || !to || from === to) return;
	const strength = Math.min(1, Math.max(0, edge.strength));
	const line = svgChild(layer, "line", {
		x1: round(from.x), y1: round(from.y), x2: round(to.x), y2: round(to.y),
		"stroke-width": round(0.5 + MAX_EDGE_WIDTH * strength),
		"stroke-opacity": round(0.25 + 0.75 * strength), // faint pairs stay visible but recede
		"data-source": edge.source, "data-target": edge.target,
	}, "throughline-map-edge");
	svgChild(line, "title", {}, undefined, `${from.name} and ${to.name}: ${Math.round(strength * 100)}%`);
}

function drawNode(layer: SVGGElement, node: PlacedNode, onSelect?: (themeId: string) => void): void {
	const group = svgChild(layer, "g", { "data-theme-id": node.id }, "throughline-map-node");
	svgChild(group, "circle", { cx: round(node.x), cy: round(node.y), r: round(node.r) }, "throughline-map-circle");
	svgChild(group, "title", {}, undefined, `${node.name}: ${node.documents} documents`);
	const cos = Math.cos(node.angle);
	const anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle"; // labels lean away from the ring
	const gap = node.r + 4; // clear of the circle's edge
	const x = node.x + gap * cos;
	const y = node.y + gap * Math.sin(node.angle) + 3; // +3 centres the baseline on the point
	svgChild(group, "text", { x: round(x), y: round(y), "text-anchor": anchor }, "throughline-map-label", node.name);
	if (!onSelect) return;
	group.setAttr("tabindex", 0);
	group.setAttr("role", "button");
	group.setAttr("aria-label", `Show ${node.name}`);
	group.addEventListener("click", () => onSelect(node.id));
	group.addEventListener("keydown", (evt) => {
		if (evt.key === "Enter") onSelect(node.id);
	});
}
