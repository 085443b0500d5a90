// The settings tab: folders, link mode, auto-link, thresholds, decorations, sidebar defaults.

import { debounce, PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import type { ThroughlineSettings } from "../core/settings";

/** What the tab needs from the plugin: the settings and a way to save them. */
export interface SettingsHost {
	settings(): ThroughlineSettings;
	update(change: Partial<ThroughlineSettings>): Promise<void>;
}

const LINK_MODE_LABELS: Record<ThroughlineSettings["linkMode"], string> = {
	hub: "Theme notes only (hub)",
	property: "Property on source notes",
	both: "Both",
};

/**
 * Typing pauses this long before a text field or the slider is saved: every save re-indexes (and,
 * with auto-link on, may write hubs), so a half-typed folder name such as "T" must never be applied.
 */
const SAVE_PAUSE_MS = 600;

function splitFolders(text: string): string[] {
	return text.split(",").map((part) => part.trim()).filter(Boolean);
}

export class ThroughlineSettingTab extends PluginSettingTab {
	/** Saves waiting for a pause: run when the tab closes, so nothing typed is lost. */
	private readonly pendingSaves: { run(): unknown }[] = [];

	constructor(app: App, plugin: Plugin, private readonly host: SettingsHost) {
		super(app, plugin);
	}

	override display(): void {
		const { containerEl } = this;
		this.flushSaves();
		containerEl.empty();
		this.addFolderSettings(containerEl);
		this.addLinkSettings(containerEl);
		this.addViewSettings(containerEl);
	}

	/** A text field saved when the reader pauses typing or leaves the field, not on every keystroke. */
	private addText(el: HTMLElement, name: string, desc: string, value: string, save: (value: string) => Promise<void>): void {
		// Obsidian's debounce with resetTimer: each keystroke pushes the save back until a pause.
		const saveAfterPause = debounce((typed: string) => void save(typed), SAVE_PAUSE_MS, true);
		this.pendingSaves.push(saveAfterPause);
		new Setting(el).setName(name).setDesc(desc).addText((text) => {
			text.setValue(value).onChange((typed) => saveAfterPause(typed));
			text.inputEl.addEventListener("blur", () => saveAfterPause.run());
		});
	}

	override hide(): void {
		this.flushSaves();
		super.hide();
	}

	private flushSaves(): void {
		for (const pending of this.pendingSaves.splice(0)) pending.run();
	}

	private addFolderSettings(el: HTMLElement): void {
		const s = this.host.settings();
		new Setting(el).setName("Folders").setHeading();
		this.addText(el, "Themes folder", "Each note in this folder is a theme.", s.themesFolder, (v) => this.host.update({ themesFolder: v }));
		this.addText(el, "Import folder", "Imported transcripts and highlights are written here.", s.importFolder, (v) => this.host.update({ importFolder: v }));
		this.addText(el, "Inbox folder", "Files dropped here are imported automatically; originals are moved aside, never deleted. Leave empty to turn off.", s.inboxFolder, (v) => this.host.update({ inboxFolder: v }));
		this.addText(el, "Excluded folders", "Comma-separated folders that are never indexed.", s.excludedFolders.join(", "), (v) => this.host.update({ excludedFolders: splitFolders(v) }));
		this.addText(el, "Importer-owned folders", "Comma-separated folders whose notes are never modified, even in property mode (upper or lower case alike). Notes that Readwise, Kindle, Snipd or Omnivore write are recognised and left alone wherever they are.", s.importerOwnedFolders.join(", "), (v) => this.host.update({ importerOwnedFolders: splitFolders(v) }));
	}

	private addLinkSettings(el: HTMLElement): void {
		const s = this.host.settings();
		new Setting(el).setName("Links").setHeading();
		new Setting(el)
			.setName("Link mode")
			.setDesc("Where links are written: a managed block in theme notes, a property on source notes, or both.")
			.addDropdown((dropdown) => {
				for (const [mode, label] of Object.entries(LINK_MODE_LABELS)) dropdown.addOption(mode, label);
				dropdown.setValue(s.linkMode).onChange((v) => this.host.update({ linkMode: v as ThroughlineSettings["linkMode"] }));
			});
		this.addText(el, "Property name", "The list property used in property mode.", s.propertyKey, (v) => this.host.update({ propertyKey: v }));
		new Setting(el)
			.setName("Link automatically")
			.setDesc(s.firstPreviewAccepted ? "Write links after each index pass." : "Available once you have accepted a first link preview.")
			.addToggle((toggle) => toggle.setValue(s.autoLink).setDisabled(!s.firstPreviewAccepted).onChange((v) => this.host.update({ autoLink: v })));
		this.addThresholdSlider(el, s.linkThreshold);
	}

	/**
	 * The threshold, saved on release or after a pause while dragging (each save re-judges every
	 * note). The value is shown in the description: setDynamicTooltip is deprecated.
	 */
	private addThresholdSlider(el: HTMLElement, value: number): void {
		const describe = (v: number): string => `How strongly a note must discuss a theme before it is linked. Higher links fewer notes. Now ${v}.`;
		const saveAfterPause = debounce((v: number) => void this.host.update({ linkThreshold: v }), SAVE_PAUSE_MS, true);
		this.pendingSaves.push(saveAfterPause);
		const setting = new Setting(el).setName("Link threshold").setDesc(describe(value));
		setting.addSlider((slider) => {
			slider.setLimits(1, 10, 0.5).setValue(value).onChange((v) => {
				setting.setDesc(describe(v));
				saveAfterPause(v);
			});
			slider.sliderEl.addEventListener("pointerup", () => saveAfterPause.run()); // released: save now
		});
	}

	private addViewSettings(el: HTMLElement): void {
		const s = this.host.settings();
		new Setting(el).setName("Reading").setHeading();
		new Setting(el)
			.setName("Clickable mentions")
			.setDesc("Show theme mentions as links while reading, without changing the file.")
			.addToggle((toggle) => toggle.setValue(s.decorateMentions).onChange((v) => this.host.update({ decorateMentions: v })));
		new Setting(el)
			.setName("Sidebar order")
			.setDesc("How the themes sidebar is sorted when it opens.")
			.addDropdown((dropdown) =>
				dropdown
					.addOption("count", "Most linked first")
					.addOption("recency", "Most recent first")
					.addOption("name", "By name")
					.setValue(s.sidebarSort)
					.onChange((v) => this.host.update({ sidebarSort: v as ThroughlineSettings["sidebarSort"] })),
			);
	}
}
