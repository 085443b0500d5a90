// Asks before something that cannot be undone from inside Throughline (e.g. removing all its links).
import { Modal, type App } from "obsidian";
import { createButton } from "../render/interaction";

export interface ConfirmOptions {
	title: string;
	message: string;
	confirmText: string;
	/** Styles the confirm button as destructive. */
	destructive?: boolean;
}

export class ConfirmModal extends Modal {
	constructor(app: App, private readonly options: ConfirmOptions, private readonly onConfirm: () => void) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.options.title);
		this.contentEl.createEl("p", { text: this.options.message });
		const buttons = this.contentEl.createDiv({ cls: "modal-button-container" });
		const confirm = createButton(buttons, this.options.confirmText, this.options.confirmText, () => {
			this.close();
			this.onConfirm();
		}, this.options.destructive ? "mod-warning" : "mod-cta");
		createButton(buttons, "Cancel", "Cancel", () => this.close());
		confirm.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
