// @vitest-environment happy-dom
// The settings tab saves a text field when the reader pauses or leaves it, never per keystroke
// (each save re-indexes; with auto-link on a half-typed folder "T" would get hub notes), and the
// threshold slider shows its value in the description and saves once it is released.
import { describe, expect, test } from "vitest";
import type { ThroughlineSettingTab } from "../../src/ui/settings-tab";
import { sampleVault, startPlugin, until, type Loaded } from "./harness";

let current: Loaded | null = null;

function openTab(loaded: Loaded): ThroughlineSettingTab {
	const tab = loaded.app.setting.pluginTabs[0] as ThroughlineSettingTab;
	tab.display();
	return tab;
}

function settingNamed(tab: ThroughlineSettingTab, name: string): HTMLElement {
	const item = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	if (!item) throw new Error(`no setting named ${name}`);
	return item;
}

function type(input: HTMLInputElement, text: string): void {
	for (let end = 1; end <= text.length; end++) {
		input.value = text.slice(0, end);
		input.dispatchEvent(new Event("input"));
	}
}

describe("the settings tab", () => {
	test("a folder is saved when the field is left, not while it is typed", async () => {
		current = await startPlugin(sampleVault());
		const tab = openTab(current);
		const input = settingNamed(tab, "Excluded folders").querySelector("input");
		if (!input) throw new Error("no text field");
		type(input, "Transcripts");
		expect(current.plugin.settingsState.excludedFolders).toEqual([]); // not "T", "Tr", …
		input.dispatchEvent(new Event("blur"));
		await until(() => current?.plugin.settingsState.excludedFolders.length === 1, "the save");
		expect(current.plugin.settingsState.excludedFolders).toEqual(["Transcripts"]);
	});

	test("a folder is also saved after a pause in typing, and once only", async () => {
		current = await startPlugin(sampleVault());
		const saved: string[] = [];
		const update = current.plugin.updateSettings.bind(current.plugin);
		current.plugin.updateSettings = (change) => {
			if (change.themesFolder !== undefined) saved.push(change.themesFolder);
			return update(change);
		};
		const tab = openTab(current);
		const input = settingNamed(tab, "Themes folder").querySelector("input");
		if (!input) throw new Error("no text field");
		input.value = "";
		input.dispatchEvent(new Event("input"));
		type(input, "Topics");
		await until(() => saved.length > 0, "the save after the pause");
		expect(saved).toEqual(["Topics"]);
	});

	test("closing the tab saves what was typed", async () => {
		current = await startPlugin(sampleVault());
		const tab = openTab(current);
		const input = settingNamed(tab, "Property name").querySelector("input");
		if (!input) throw new Error("no text field");
		input.value = "";
		type(input, "topics");
		tab.hide();
		await until(() => current?.plugin.settingsState.propertyKey === "topics", "the save on close");
	});

	test("the threshold shows its value in the description and is saved on release", async () => {
		current = await startPlugin(sampleVault());
		const tab = openTab(current);
		const setting = settingNamed(tab, "Link threshold");
		const slider = setting.querySelector<HTMLInputElement>("input[type=range]");
		if (!slider) throw new Error("no slider");
		const before = current.plugin.settingsState.linkThreshold;
		const next = before === 7 ? 6 : 7;
		slider.value = String(next);
		slider.dispatchEvent(new Event("change"));
		expect(setting.querySelector(".setting-item-description")?.textContent).toContain(`Now ${next}.`);
		expect(current.plugin.settingsState.linkThreshold).toBe(before);
		slider.dispatchEvent(new Event("pointerup"));
		await until(() => current?.plugin.settingsState.linkThreshold === next, "the save on release");
	});
});
