// The inbox folder: files dropped there are imported, and each original is moved to
// `<inbox>/imported/` — kept, never deleted.
import { planImport, type ExistingNoteReader } from "./planner";
import { baseName, extensionOf, stemOf } from "./text-input";
import type { ImportInput, ImportPlan } from "./types";

export const IMPORTED_SUBFOLDER = "imported";
const MAX_MOVE_CANDIDATES = 1000; // as for note names: a thousand copies of one name means stop

/** A file found in the inbox, with its vault-relative path and decoded text. */
export interface InboxFile {
	path: string;
	text: string;
}

export interface PlannedMove {
	from: string;
	to: string;
}

export interface InboxPlan extends ImportPlan {
	/** Originals to move aside once their notes are written. Files with problems stay where they are. */
	move: PlannedMove[];
}

/** True for a file directly in the inbox that is not already an imported original. */
export function isWaitingInInbox(path: string, inbox: string): boolean {
	const prefix = `${trimSlashes(inbox)}/`;
	if (!path.startsWith(prefix)) return false;
	const rest = path.slice(prefix.length);
	return rest !== "" && !rest.includes("/") && !rest.startsWith(".");
}

/**
 * Plans importing the inbox's waiting files into `folder` and moving each original aside.
 * `exists` says whether any vault path (of any file type) is taken, so a move never overwrites.
 */
export function planInboxImport(
	files: InboxFile[],
	existingNotes: ExistingNoteReader,
	options: { inbox: string; folder: string; exists: (path: string) => boolean },
): InboxPlan {
	const waiting = files.filter((file) => isWaitingInInbox(file.path, options.inbox));
	const inputs: ImportInput[] = waiting.map((file) => ({ fileName: file.path, text: file.text }));
	const plan = planImport(inputs, existingNotes, options.folder);
	const failed = new Set(plan.problems.map((problem) => problem.file));
	const taken = new Set<string>();
	const move: PlannedMove[] = [];
	for (const file of waiting) {
		if (failed.has(file.path)) continue;
		const to = freeDestination(file.path, options.inbox, (path) => taken.has(path) || options.exists(path));
		if (to === null) {
			plan.problems.push({ file: file.path, message: "no free name to move the original to" });
			continue;
		}
		taken.add(to);
		move.push({ from: file.path, to });
	}
	return { ...plan, move };
}

function freeDestination(path: string, inbox: string, isTaken: (path: string) => boolean): string | null {
	const folder = `${trimSlashes(inbox)}/${IMPORTED_SUBFOLDER}`;
	const name = baseName(path);
	const extension = extensionOf(name);
	const suffix = extension === "" ? "" : `.${name.slice(name.length - extension.length)}`;
	for (let n = 1; n <= MAX_MOVE_CANDIDATES; n++) {
		const candidate = n === 1 ? `${folder}/${name}` : `${folder}/${stemOf(name)} ${n}${suffix}`;
		if (!isTaken(candidate)) return candidate;
	}
	return null;
}

function trimSlashes(folder: string): string {
	return folder.replace(/^\/+|\/+$/g, "");
}
