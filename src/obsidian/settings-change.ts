// What a change of settings asks of the index: judge every note again (themes folder, link
// threshold), look again at which notes are sources (inbox, excluded folders), or re-read the notes
// whose stored exclusions changed. Pure: the index controller acts on the answer.

import type { ThroughlineSettings } from "../core/settings";

export interface SettingsChange {
	/** Themes or the link threshold changed: every note is judged again. */
	judgedAgain: boolean;
	/** Which notes are sources may have changed. */
	sourcesMoved: boolean;
	/** Notes whose stored exclusions changed. */
	excluded: string[];
}

/** Notes whose stored exclusions differ between two settings. */
function changedExclusions(before: Record<string, string[]>, after: Record<string, string[]>): string[] {
	const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
	return [...paths].filter((path) => JSON.stringify(before[path] ?? []) !== JSON.stringify(after[path] ?? []));
}

export function settingsChange(before: ThroughlineSettings, now: ThroughlineSettings): SettingsChange {
	const moved = (pick: (s: ThroughlineSettings) => unknown): boolean => JSON.stringify(pick(before)) !== JSON.stringify(pick(now));
	const judgedAgain = moved((s) => [s.themesFolder, s.linkThreshold]);
	return {
		judgedAgain,
		sourcesMoved: judgedAgain || moved((s) => [s.inboxFolder, s.excludedFolders]),
		excluded: changedExclusions(before.excludedThemesByNote, now.excludedThemesByNote),
	};
}
