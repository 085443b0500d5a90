// Reads the plugin's settings from <vault>/.obsidian/plugins/throughline/data.json so that the
// shell and the app agree; a missing or damaged file means the defaults.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { migrateSettings, type ThroughlineSettings } from "../core/settings";

export const PLUGIN_DATA_DIR = join(".obsidian", "plugins", "throughline");

export interface LoadedSettings {
	settings: ThroughlineSettings;
	/** Plain words when data.json exists but could not be read. */
	problem: string | null;
}

export function readVaultSettings(vault: string): LoadedSettings {
	const file = join(vault, PLUGIN_DATA_DIR, "data.json");
	let text: string;
	try {
		text = readFileSync(file, "utf8");
	} catch {
		return { settings: migrateSettings(null), problem: null };
	}
	try {
		return { settings: migrateSettings(JSON.parse(text)), problem: null };
	} catch {
		return { settings: migrateSettings(null), problem: `${file}: the settings file is not valid JSON; the defaults were used` };
	}
}
