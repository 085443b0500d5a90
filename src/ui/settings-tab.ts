// The settings tab: folders, link mode, auto-link, thresholds, decorations, sidebar defaults.

import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
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

function splitFolders(text: string): string[] {
	return text.split(",").map((part) => part.trim()).filter(Boolean);
}

export class ThroughlineSettingTab extends PluginSettingTab {
	constructor(app: App, plugin: Plugin, private readonly host: SettingsHost) {
		super(app, plugin);
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		this.addFolderSettings(containerEl);
		this.addLinkSettings(containerEl);
		this.addViewSettings(containerEl);
	}

	private addText(el: HTMLElement, name: string, desc: string, value: string, save: (value: string) => Promise<void>): void {
		new Setting(el).setName(name).setDesc(desc).addText((text) => text.setValue(value).onChange(save));
	}

	private addFolderSettings(el: HTMLElement): void {
		const s = this.host.settings();
		new Setting(el).setName("Folders").setHeading();
		this.addText(el, "Themes folder", "Each note in this folder is a theme.", s.themesFolder, (v) => this.host.update({ themesFolder: v }));
		this.addText(el, "Import folder", "Imported transcripts and highlights are written here.", s.importFolder, (v) => this.host.update({ importFolder: v }));
		this.addText(el, "Inbox folder", "Files dropped here are imported automatically; originals are moved aside, never deleted. Leave empty to turn off.", s.inboxFolder, (v) => this.host.update({ inboxFolder: v }));
		this.addText(el, "Excluded folders", "Comma-separated folders that are never indexed.", s.excludedFolders.join(", "), (v) => this.host.update({ excludedFolders: splitFolders(v) }));
		this.addText(el, "Importer-owned folders", "Comma-separated folders whose notes are never modified, even in property mode.", s.importerOwnedFolders.join(", "), (v) => this.host.update({ importerOwnedFolders: splitFolders(v) }));
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
		new Setting(el)
			.setName("Link threshold")
			.setDesc("How strongly a note must discuss a theme before it is linked. Higher links fewer notes.")
			.addSlider((slider) => slider.setLimits(1, 10, 0.5).setValue(s.linkThreshold).onChange((v) => this.host.update({ linkThreshold: v })));
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
