// Where each theme sits on the map: a small force layout in which themes that share passages pull
// together and every theme pushes the others away, then labels placed where they overlap nothing.
// The forces are d3-force's (links, many-body charge, collision, centring, velocity Verlet with
// decay), written out for the few dozen themes a sidebar maps: every pair is visited, no quadtree,
// and main.js is spared the library's 14.5 KB.

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

interface Body extends Point {
	vx: number;
	vy: number;
	r: number;
	/** Ties it has, for sharing a tie's pull between its ends (d3-force's link bias). */
	ties: number;
}

interface Tie {
	a: Body;
	b: Body;
	strength: number;
}

const TICKS = 120; // steps to rest: at 40 themes the picture stops changing well before d3-force's default 300
const ALPHA_DECAY = 1 - Math.pow(0.001, 1 / TICKS); // "heat" falls from 1 to d3-force's rest, 0.001, over TICKS steps
const VELOCITY_KEEP = 0.6; // share of its speed a body keeps from step to step (d3-force's velocityDecay 0.4)
const LINK_DISTANCE = 40; // the rest length of a weak tie, in layout units; strong ties pull to about half
const CHARGE = -90; // repulsion between every two themes: enough to spread 40 themes without flinging loners away
const MIN_DISTANCE2 = 1; // squared: two bodies on one spot push with a bounded force
const CENTRE_PULL = 0.08; // keeps themes with no ties near the others instead of drifting off
const COLLIDE_GAP = 4; // room between two circles
const INITIAL_SPACING = 10; // d3-force's phyllotaxis: the spiral the bodies start on
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Runs the simulation to rest, deterministically (the bodies start on a spiral, no randomness), and
 * returns each theme's position scaled into `width` × `height` less `margin` on every side.
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
	const bodies = nodes.map((node, i): Body => {
		const radius = INITIAL_SPACING * Math.sqrt(0.5 + i);
		return { x: radius * Math.cos(i * GOLDEN_ANGLE), y: radius * Math.sin(i * GOLDEN_ANGLE), vx: 0, vy: 0, r: node.r, ties: 0 };
	});
	const byId = new Map(nodes.map((node, i) => [node.id, bodies[i]]));
	const ties: Tie[] = [];
	for (const edge of edges) {
		const [a, b] = [byId.get(edge.source), byId.get(edge.target)];
		if (!a || !b || a === b) continue;
		a.ties++;
		b.ties++;
		ties.push({ a, b, strength: clamp01(edge.strength) });
	}
	const aspect = height / width;
	for (let tick = 0, alpha = 1; tick < TICKS; tick++) {
		alpha += (0 - alpha) * ALPHA_DECAY;
		pull(ties, alpha);
		repel(bodies, alpha);
		for (const body of bodies) {
			body.vx -= body.x * CENTRE_PULL * aspect * alpha; // a tall box pulls harder sideways, so the cloud takes its shape
			body.vy -= body.y * (CENTRE_PULL / aspect) * alpha;
		}
		collide(bodies);
		for (const body of bodies) {
			body.x += (body.vx *= VELOCITY_KEEP);
			body.y += (body.vy *= VELOCITY_KEEP);
		}
	}
	return fitInto(nodes, bodies, width, height, margin);
}

/** Each tie pulls its ends towards its rest length; stronger ties are shorter and stiffer. */
function pull(ties: Tie[], alpha: number): void {
	for (const { a, b, strength } of ties) {
		const dx = b.x + b.vx - a.x - a.vx || 1e-6;
		const dy = b.y + b.vy - a.y - a.vy || 1e-6;
		const length = Math.hypot(dx, dy);
		const rest = LINK_DISTANCE * (1 - strength / 2);
		const k = ((length - rest) / length) * alpha * (0.1 + 0.6 * strength);
		const bias = a.ties / (a.ties + b.ties); // the end with fewer ties moves more
		b.vx -= dx * k * bias;
		b.vy -= dy * k * bias;
		a.vx += dx * k * (1 - bias);
		a.vy += dy * k * (1 - bias);
	}
}

/** Every two bodies push apart, by the inverse of their distance. */
function repel(bodies: Body[], alpha: number): void {
	for (let i = 0; i < bodies.length; i++) {
		for (let j = i + 1; j < bodies.length; j++) {
			const [a, b] = [bodies[i], bodies[j]];
			const dx = b.x - a.x || (j - i) * 1e-6; // two bodies on one spot part in a fixed direction
			const dy = b.y - a.y;
			const w = (CHARGE * alpha) / Math.max(dx * dx + dy * dy, MIN_DISTANCE2);
			a.vx += dx * w;
			a.vy += dy * w;
			b.vx -= dx * w;
			b.vy -= dy * w;
		}
	}
}

/** Circles that would overlap after this step are pushed apart, heavier ones less. */
function collide(bodies: Body[]): void {
	for (let i = 0; i < bodies.length; i++) {
		for (let j = i + 1; j < bodies.length; j++) {
			const [a, b] = [bodies[i], bodies[j]];
			const dx = b.x + b.vx - a.x - a.vx || (j - i) * 1e-6;
			const dy = b.y + b.vy - a.y - a.vy;
			const reach = a.r + b.r + 2 * COLLIDE_GAP;
			const length = Math.hypot(dx, dy);
			if (length >= reach) continue;
			const push = (reach - length) / length / 2;
			const share = (b.r * b.r) / (a.r * a.r + b.r * b.r); // the smaller circle gives way
			a.vx -= dx * push * share;
			a.vy -= dy * push * share;
			b.vx += dx * push * (1 - share);
			b.vy += dy * push * (1 - share);
		}
	}
}

/** Scales the layout into the box, each axis on its own so that the cloud fills the sidebar's shape. */
function fitInto(nodes: LayoutNode[], bodies: Body[], width: number, height: number, margin: number): Map<string, Point> {
	const xs = bodies.map((body) => body.x);
	const ys = bodies.map((body) => body.y);
	const place = (value: number, min: number, max: number, size: number): number => (max - min < 1e-6 ? size / 2 : margin + ((value - min) / (max - min)) * (size - 2 * margin));
	const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	return new Map(nodes.map((node, i) => [node.id, { x: place(xs[i], minX, maxX, width), y: place(ys[i], minY, maxY, height) }]));
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
