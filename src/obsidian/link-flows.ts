// The two link commands as the reader meets them: "Link themes (preview)" (plan, preview, write
// what was accepted) and "Remove all theme links" (confirm, then undo everything Throughline wrote).

import { Notice, type App } from "obsidian";
import type { LinkPlan } from "../core/links/hub-model";
import type { ThroughlineSettings } from "../core/settings";
import { ConfirmModal } from "../ui/modals/confirm-modal";
import { LinkPreviewModal } from "../ui/modals/link-preview-modal";
import type { LinkPreviewItem } from "../ui/modals/link-preview";
import type { IndexController } from "./index-controller";
import type { LinkService } from "./link-service";

export interface LinkFlowsDeps {
	app: App;
	index: IndexController;
	links: LinkService;
	settings: () => ThroughlineSettings;
	updateSettings: (change: Partial<ThroughlineSettings>) => Promise<void>;
}

/** A failure's message in plain words, for "Throughline could not …: <message>". */
export function failureNotice(what: string): (error: unknown) => void {
	return (error) => {
		const message = error instanceof Error ? error.message : String(error);
		new Notice(`Throughline could not ${what}: ${message}`);
	};
}

export class LinkFlows {
	constructor(private readonly deps: LinkFlowsDeps) {}

	/** Plans the links and opens the preview; nothing is planned on a half-built index. */
	async preview(): Promise<void> {
		const { index, links } = this.deps;
		if (!index.ready || index.busy()) {
			const progress = index.progress;
			const count = progress ? ` (${progress.done.toLocaleString()} / ${progress.total.toLocaleString()} notes)` : "";
			new Notice(`Still indexing${count}; try again when it finishes.`);
			return;
		}
		const { plan, hubPaths } = await links.planLinks(index.engine.index);
		const leftAlone = plan.skipped ?? [];
		if (plan.edits.length === 0) {
			const also = leftAlone.length > 0 ? ` ${leftAlone.length} notes are left alone: an importer writes them.` : "";
			new Notice((plan.problems.length > 0 ? `No links to write; ${plan.problems.length} notes have problems.` : "Every link is up to date.") + also);
			return;
		}
		const names = Object.fromEntries(index.engine.index.themes.map((t) => [t.id, t.name]));
		const onAccept = (accepted: LinkPreviewItem[], rejectedThemes: ReadonlySet<string>): void => {
			void this.writeAccepted(plan, accepted, rejectedThemes).catch(failureNotice("write the links"));
		};
		const modal = new LinkPreviewModal(this.deps.app, links.previewItems(plan, hubPaths), names, onAccept, leftAlone);
		modal.open();
	}

	/**
	 * Writes what the reader accepted. With themes unticked the plan is made again without them (a
	 * property edit holds several themes in one value, so dropping the note's edit is not enough), and
	 * only the notes the reader accepted are written from it.
	 */
	private async writeAccepted(previewed: LinkPlan, accepted: LinkPreviewItem[], rejectedThemes: ReadonlySet<string>): Promise<void> {
		const { index, links } = this.deps;
		const acceptedPaths = new Set(accepted.map((item) => item.path));
		const plan = rejectedThemes.size > 0 ? (await links.planLinks(index.engine.index, rejectedThemes)).plan : previewed;
		const result = await links.apply(plan, undefined, acceptedPaths);
		new Notice(`Wrote links in ${result.applied.length} notes${result.problems.length ? `; ${result.problems.length} could not be written` : ""}.`);
		if (!this.deps.settings().firstPreviewAccepted) await this.deps.updateSettings({ firstPreviewAccepted: true });
	}

	/** Asks, then removes every link Throughline wrote; auto-link is switched off first so it stays removed. */
	confirmRemoveAll(): void {
		const autoLink = this.deps.settings().autoLink;
		const off = autoLink ? " Automatic linking is switched off too, so the links are not written again." : "";
		const message = `Every block and property Throughline wrote is removed and each note is restored to its bytes before linking. Notes Throughline created only to hold links are deleted.${off}`;
		new ConfirmModal(this.deps.app, { title: "Remove all Throughline links?", message, confirmText: "Remove", destructive: true }, () => {
			void this.removeAll().catch(failureNotice("remove the links"));
		}).open();
	}

	private async removeAll(): Promise<void> {
		const wasOn = this.deps.settings().autoLink;
		if (wasOn) await this.deps.updateSettings({ autoLink: false });
		const { plan, ledger } = await this.deps.links.planUnlink();
		const result = await this.deps.links.apply(plan, ledger);
		new Notice(`Removed links from ${result.applied.length} notes.${wasOn ? " Automatic linking is now off." : ""}`);
	}
}
