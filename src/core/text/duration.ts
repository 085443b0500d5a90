// Durations as sources write them: "9169s", "01:00:00", "1:02:03", "1h 2m 3s", "62 min", 3600.

import { parseTimecode } from "./timecode";

const UNIT_SECONDS: Record<string, number> = { h: 3600, hr: 3600, hour: 3600, m: 60, min: 60, minute: 60, s: 1, sec: 1, second: 1 };
const UNIT_PART = /(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\b/gi;

/** Seconds, or null when the value is not a duration. */
export function parseDuration(value: unknown): number | null {
	if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
	if (typeof value !== "string") return null;
	const text = value.trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
	const timecode = parseTimecode(text);
	if (timecode !== null) return timecode;
	let total = 0;
	let found = false;
	for (const part of text.matchAll(UNIT_PART)) {
		const unit = part[2].toLowerCase();
		const factor = UNIT_SECONDS[unit] ?? UNIT_SECONDS[unit.replace(/s$/, "")];
		if (factor === undefined) continue;
		total += Number(part[1]) * factor;
		found = true;
	}
	return found ? total : null;
}
