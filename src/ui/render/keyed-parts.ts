// Re-render only what changed: a container's content is a sequence of keyed parts; a part whose key is
// the one it was drawn with keeps its nodes (and the reader's focus, scroll and hover in them), any
// other is drawn afresh. Keys are strings the caller derives from exactly what the part shows.

interface Part {
	key: string;
	nodes: Node[];
}

/** The parts of one container, by name, as they were last drawn. */
export class KeyedParts {
	private drawn = new Map<string, Part>();
	private next = new Map<string, Part>();
	private order: Node[] = [];
	/** Parts drawn afresh in the current pass, for tests and render-time figures. */
	redrawn: string[] = [];

	constructor(private readonly container: HTMLElement) {}

	/** The width parts are drawn at, in CSS pixels (0 where nothing is laid out). */
	width(): number {
		return this.container.clientWidth;
	}

	/** Starts a pass: parts not named before `finish` are removed. */
	begin(): void {
		this.next = new Map();
		this.order = [];
		this.redrawn = [];
	}

	/** The part `name` drawn by `draw` into a scratch element, unless it was drawn with the same key last time. */
	part(name: string, key: string, draw: (parent: HTMLElement) => void): Node[] {
		let part = this.drawn.get(name);
		if (!part || part.key !== key) {
			const scratch = this.container.createDiv(); // drawn in place, so that a chart can measure its width and its text
			draw(scratch);
			part = { key, nodes: Array.from(scratch.childNodes) };
			scratch.remove();
			this.redrawn.push(name);
		}
		this.next.set(name, part);
		this.order.push(...part.nodes);
		return part.nodes;
	}

	/** Puts the parts in order, moving only the nodes out of place, and drops the rest. */
	finish(): void {
		placeInOrder(this.container, this.order);
		this.drawn = this.next;
	}
}

/**
 * Makes `nodes` the children of `parent`, in order, inserting each only where it is not already in
 * place: a node that stays (the focused filter box, an expanded row) is never detached.
 */
export function placeInOrder(parent: HTMLElement, nodes: Node[]): void {
	const wanted = new Set(nodes);
	for (const child of Array.from(parent.childNodes)) {
		if (!wanted.has(child)) child.remove();
	}
	let cursor = parent.firstChild;
	for (const node of nodes) {
		if (cursor === node) {
			cursor = cursor.nextSibling;
			continue;
		}
		parent.insertBefore(node, cursor);
	}
}

const ids = new WeakMap<object, number>();
let nextId = 1;

/** A number that stays the same for the same object: lets a key say "the same model" without serialising it. */
export function identityOf(value: object | null | undefined): number {
	if (!value) return 0;
	let id = ids.get(value);
	if (id === undefined) ids.set(value, (id = nextId++));
	return id;
}
