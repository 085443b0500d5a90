// Once the first index pass over a vault is done, one notice says what it found (never again: the
// plugin's settings remember it, not the vault's notes, so later starts and rebuilds stay quiet).
// The status bar's progress is the index controller's and is left as it is.

import { Notice, type Component } from "obsidian";
import type { ThemeIndex } from "../core/index/theme-index";
import type { DocumentKind } from "../core/model";
import type { ThroughlineSettings } from "../core/settings";
import { renderFirstIndexNotice, type FirstIndexSummary } from "../ui/first-index-notice";

const STAYS_UNTIL_DISMISSED = 0; // a duration of 0 keeps Obsidian's notice up until the reader closes it: it is shown once
// After the status bar's progress has cleared: counting the suggestions ranks every recurring phrase
// (in slices, suggestion-ranking.ts), work of its own that need not share a moment with the index's.
const AFTER_FIRST_PASS_MS = 800;

export interface FirstIndexDeps {
	/** Reports a failure to save the settings (a notice in the app). */
	onFailure: (error: unknown) => void;
	settings: () => ThroughlineSettings;
	updateSettings: (change: Partial<ThroughlineSettings>) => Promise<void>;
	index: () => ThemeIndex;
	/** The suggestions of the index as it is, ranked in slices (SuggestionRanking.ranked in the app); null once the plugin unloads. */
	suggestions: (rejected: readonly string[]) => Promise<readonly unknown[] | null>;
	fromStarterPack: () => boolean;
	openThemesSidebar: () => void;
}

/** The figures the notice shows, read from the index as the first pass left it, with the count of its `suggestions`. */
export function firstIndexSummary(index: ThemeIndex, settings: ThroughlineSettings, fromStarterPack: boolean, suggestions: number): FirstIndexSummary {
	const sources: Partial<Record<DocumentKind, number>> = {};
	for (const record of index.documents()) sources[record.kind] = (sources[record.kind] ?? 0) + 1;
	return {
		sources,
		linkedThemes: index.allThemeStats().filter((stats) => stats.linkedDocuments > 0).length,
		themes: index.themes.length,
		fromStarterPack,
		suggestions,
		autoLink: settings.autoLink,
	};
}

/**
 * Shows the first pass's summary unless it was shown before. The settings remember it before the
 * notice appears, so that a second call (or a crash right after) never shows it twice.
 */
export async function announceFirstIndex(deps: FirstIndexDeps): Promise<void> {
	if (deps.settings().firstIndexAnnounced) return;
	await deps.updateSettings({ firstIndexAnnounced: true });
	const suggestions = await deps.suggestions(deps.settings().rejectedSuggestions);
	if (suggestions === null) return; // unloaded meanwhile
	const summary = firstIndexSummary(deps.index(), deps.settings(), deps.fromStarterPack(), suggestions.length);
	const message = createFragment((fragment) => renderFirstIndexNotice(fragment, summary, deps.openThemesSidebar));
	new Notice(message, STAYS_UNTIL_DISMISSED);
}

/** Announces the first pass a moment after it ended; nothing is announced if the plugin unloads first. */
export function scheduleFirstIndexNotice(owner: Component, deps: FirstIndexDeps): void {
	if (deps.settings().firstIndexAnnounced) return;
	const timer = window.setTimeout(() => void announceFirstIndex(deps).catch(deps.onFailure), AFTER_FIRST_PASS_MS);
	owner.register(() => window.clearTimeout(timer));
}
