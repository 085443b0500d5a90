// Shows a link plan before anything is written: accept or reject per theme and per note, or accept all.
import { Modal, type App } from "obsidian";
import { createButton } from "../render/interaction";
import { acceptedLinkItems, renderLinkPreview, type LeftAloneNote, type LinkPreviewItem, type LinkPreviewSelection } from "./link-preview";

export class LinkPreviewModal extends Modal {
	private readonly selection: LinkPreviewSelection = { rejectedPaths: new Set(), rejectedThemes: new Set() };
	private applyButton: HTMLButtonElement | null = null;

	constructor(
		app: App,
		private readonly items: LinkPreviewItem[],
		private readonly themeNames: Record<string, string>,
		/** The accepted notes, and the themes the reader unticked (empty for "Accept all"). */
		private readonly onAccept: (accepted: LinkPreviewItem[], rejectedThemes: ReadonlySet<string>) => void,
		/** Notes the plan leaves alone on purpose, shown with their reason. */
		private readonly leftAlone: LeftAloneNote[] = [],
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Link themes: preview");
		const body = this.contentEl.createDiv();
		renderLinkPreview(body, this.items, this.themeNames, this.selection, () => this.updateApplyButton(), this.leftAlone);
		const buttons = this.contentEl.createDiv({ cls: "modal-button-container" });
		createButton(buttons, "Accept all", "Apply every change in the plan", () => this.finish(this.items, new Set()));
		this.applyButton = createButton(buttons, "Apply selected", "Apply the ticked changes", () => this.finish(acceptedLinkItems(this.items, this.selection), this.selection.rejectedThemes), "mod-cta");
		createButton(buttons, "Cancel", "Close without changing any note", () => this.close());
		this.updateApplyButton();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private updateApplyButton(): void {
		if (!this.applyButton) return;
		const count = acceptedLinkItems(this.items, this.selection).length;
		this.applyButton.setText(`Apply ${count} of ${this.items.length}`);
		this.applyButton.disabled = count === 0;
	}

	private finish(accepted: LinkPreviewItem[], rejectedThemes: ReadonlySet<string>): void {
		this.close();
		if (accepted.length > 0) this.onAccept(accepted, new Set(rejectedThemes));
	}
}
