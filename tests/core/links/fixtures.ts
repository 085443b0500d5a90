// Small hubs and notes the link writer's tests share.

import type { HubSource, HubTheme, LinkSettings, ThemeHub } from "../../../src/core/links/hub-model";

export const SETTINGS: LinkSettings = { themesFolder: "Themes", importerOwnedFolders: ["Readwise"], linkMode: "hub", propertyKey: "themes" };

export const SCALING: HubTheme = { id: "scaling", name: "Scaling", path: "Themes/Scaling.md" };
export const DATA: HubTheme = { id: "data", name: "Data", path: null };
export const AGENTS: HubTheme = { id: "agents", name: "Agents", path: "Themes/Agents.md" };

export function source(overrides: Partial<HubSource> & { path: string }): HubSource {
	return {
		title: overrides.path.replace(/^.*\//, "").replace(/\.md$/, ""),
		kind: "highlights",
		format: "readwise",
		date: null,
		score: 1,
		passages: [],
		...overrides,
	};
}

export function hub(theme: HubTheme, sources: HubSource[], related: ThemeHub["related"] = []): ThemeHub {
	return { theme, sources, related };
}

export const SAMPLE_HUB: ThemeHub = hub(
	SCALING,
	[
		source({
			path: "Readwise/Import AI 343.md",
			title: "Import AI 343",
			date: "2023-09-12",
			passages: [
				{ line: 12, col: 3, quote: "Scaling laws keep holding", blockId: "abc123" },
				{ line: 20, col: 1, quote: "Compute doubles", heading: "Compute" },
				{ line: 30, col: 1, quote: "third" },
				{ line: 40, col: 1, quote: "fourth is never shown" },
			],
		}),
		source({ path: "Readwise/Older.md", title: "Older", date: "2021-01-01" }),
		source({
			path: "Podcasts/Dwarkesh.md",
			title: "Dwarkesh on scale",
			kind: "transcript",
			format: "whisper-youtube",
			date: "2024-03-01",
			passages: [{ line: 123, col: 5, seconds: 754, quote: "we just scaled it up" }],
		}),
	],
	[
		{ theme: DATA, strength: 0.42, shared: 7 },
		{ theme: AGENTS, strength: 0.8, shared: 1 },
	],
);
