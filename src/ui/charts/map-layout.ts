// Where each theme sits on the map: a force layout (d3-force) in which themes that share passages pull
// together and every theme pushes the others away, then labels placed where they overlap nothing.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";

export interface LayoutNode {
	id: string;
	/** Radius of its circle. */
	r: number;
}

export interface LayoutEdge {
	source: string;
	target: string;
	/** 0..1. */
	strength: number;
}

export interface Point {
	x: number;
	y: number;
}

interface SimNode extends SimulationNodeDatum {
	id: string;
	r: number;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
	strength: number;
}

const TICKS = 120; // steps to rest: d3-force's default 300 cost more than twice as much for no visible gain at 40 themes
const ALPHA_MIN = 0.001; // d3-force's default: below this alpha the simulation is at rest
const LINK_DISTANCE = 40; // the rest length of a weak tie, in layout units; strong ties pull to about half
const CHARGE = -90; // repulsion between every two themes: enough to spread 40 themes without flinging loners away
const CENTRE_PULL = 0.08; // keeps themes with no ties near the others instead of drifting off
const COLLIDE_GAP = 4; // room between two circles

/**
 * Runs the simulation to rest (no animation, no timer: `stop()` then `tick()`), which is deterministic:
 * d3-force seeds its initial positions and its random jiggle itself. Returns each theme's position,
 * scaled into `width` × `height` less `margin` on every side.
 */
export function forceLayout(nodes: LayoutNode[], edges: LayoutEdge[], width: number, height: number, margin: number): Map<string, Point> {
	const key = JSON.stringify([nodes, edges, width, height, margin]);
	if (lastLayout?.key === key) return lastLayout.points;
	const points = simulate(nodes, edges, width, height, margin);
	lastLayout = { key, points };
	return points;
}

/** The last layout: switching from the map to the list and back lays nothing out again. */
let lastLayout: { key: string; points: Map<string, Point> } | null = null;

function simulate(nodes: LayoutNode[], edges: LayoutEdge[], width: number, height: number, margin: number): Map<string, Point> {
	const simNodes: SimNode[] = nodes.map((node) => ({ id: node.id, r: node.r }));
	const known = new Set(nodes.map((node) => node.id));
	const links: SimLink[] = edges.filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target).map((e) => ({ source: e.source, target: e.target, strength: clamp01(e.strength) }));
	const aspect = height / width;
	forceSimulation(simNodes)
		.force("link", forceLink<SimNode, SimLink>(links).id((node) => node.id).distance((link) => LINK_DISTANCE * (1 - link.strength / 2)).strength((link) => 0.1 + 0.6 * link.strength)) // stronger ties hold tighter
		.force("charge", forceManyBody<SimNode>().strength(CHARGE))
		.force("collide", forceCollide<SimNode>((node) => node.r + COLLIDE_GAP))
		.force("x", forceX<SimNode>(0).strength(CENTRE_PULL * aspect)) // a tall box pulls harder sideways, so the cloud takes its shape
		.force("y", forceY<SimNode>(0).strength(CENTRE_PULL / aspect))
		.alphaDecay(1 - Math.pow(ALPHA_MIN, 1 / TICKS)) // cools to rest in TICKS steps, as d3-force's default does in 300
		.stop()
		.tick(TICKS);
	return fitInto(simNodes, width, height, margin);
}

/** Scales the layout into the box, each axis on its own so that the cloud fills the sidebar's shape. */
function fitInto(nodes: SimNode[], width: number, height: number, margin: number): Map<string, Point> {
	const xs = nodes.map((n) => n.x ?? 0);
	const ys = nodes.map((n) => n.y ?? 0);
	const place = (value: number, min: number, max: number, size: number): number => (max - min < 1e-6 ? size / 2 : margin + ((value - min) / (max - min)) * (size - 2 * margin));
	const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	return new Map(nodes.map((n, i) => [n.id, { x: place(xs[i], minX, maxX, width), y: place(ys[i], minY, maxY, height) }]));
}

function clamp01(value: number): number {
	return Math.min(1, Math.max(0, value));
}

export interface LabelRequest {
	id: string;
	x: number;
	y: number;
	r: number;
	/** Width and height of the label's text. */
	width: number;
	height: number;
}

export interface PlacedLabel {
	id: string;
	/** Where the text starts (left edge) and its baseline-free box top. */
	x: number;
	y: number;
	width: number;
	height: number;
}

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

const LABEL_GAP = 2; // between a circle and its label

/** The spots tried around a circle, best first: right, left, above, below, then the diagonals. */
function candidates(label: LabelRequest): Box[] {
	const { x, y, r, width, height } = label;
	const d = r + LABEL_GAP;
	const diagonal = d * Math.SQRT1_2;
	const spots: Array<[number, number]> = [
		[x + d, y - height / 2], [x - d - width, y - height / 2], [x - width / 2, y - d - height], [x - width / 2, y + d],
		[x + diagonal, y - diagonal - height], [x - diagonal - width, y - diagonal - height], [x + diagonal, y + diagonal], [x - diagonal - width, y + diagonal],
	];
	return spots.map(([left, top]) => ({ x: left, y: top, width, height }));
}

function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function hitsCircle(box: Box, circle: LabelRequest): boolean {
	const nearestX = Math.min(Math.max(circle.x, box.x), box.x + box.width);
	const nearestY = Math.min(Math.max(circle.y, box.y), box.y + box.height);
	return Math.hypot(circle.x - nearestX, circle.y - nearestY) < circle.r;
}

/**
 * Greedy placement in the order given (the caller puts the busiest themes first): each label takes the
 * first spot inside the box that overlaps no label already placed and no circle. A label with no free
 * spot is left out of the result; the map shows it on hover instead.
 */
export function placeLabels(labels: LabelRequest[], width: number, height: number): Map<string, PlacedLabel> {
	const placed = new Map<string, PlacedLabel>();
	const taken: Box[] = [];
	for (const label of labels) {
		const spot = candidates(label).find((box) =>
			box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height &&
			!taken.some((other) => overlaps(box, other)) && !labels.some((circle) => hitsCircle(box, circle)));
		if (!spot) continue;
		taken.push(spot);
		placed.set(label.id, { id: label.id, ...spot });
	}
	return placed;
}
