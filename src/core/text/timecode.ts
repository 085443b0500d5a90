// Timecodes as transcripts write them: "01:02:03,500" (SRT), "01:02:03.500" (VTT, whisper.cpp),
// "1:02:03", "62:03", "0:30:37". One parser and one formatter for every source and importer.

const SECONDS_PER_MINUTE = 60;
const SECONDS_PER_HOUR = 3600;

// h:mm:ss or mm:ss, optional fraction after "," or "."; hours and minutes may have any digit count.
const TIMECODE = /^(?:(\d{1,3}):)?(\d{1,3}):(\d{1,2})(?:[.,](\d{1,3}))?$/;

/** Seconds for a timecode, or null when the text is not one. */
export function parseTimecode(text: string): number | null {
	const match = TIMECODE.exec(text.trim());
	if (!match) return null;
	const hours = match[1] ? Number(match[1]) : 0;
	const minutes = Number(match[2]);
	const seconds = Number(match[3]);
	if (seconds >= SECONDS_PER_MINUTE || (match[1] && minutes >= SECONDS_PER_MINUTE)) return null;
	const fraction = match[4] ? Number(`0.${match[4]}`) : 0;
	return hours * SECONDS_PER_HOUR + minutes * SECONDS_PER_MINUTE + seconds + fraction;
}

/** "m:ss" under an hour, "h:mm:ss" from an hour on; fractions of a second are dropped. */
export function formatTimecode(totalSeconds: number): string {
	const whole = Math.max(0, Math.floor(totalSeconds));
	const hours = Math.floor(whole / SECONDS_PER_HOUR);
	const minutes = Math.floor((whole % SECONDS_PER_HOUR) / SECONDS_PER_MINUTE);
	const seconds = whole % SECONDS_PER_MINUTE;
	const ss = String(seconds).padStart(2, "0");
	if (hours === 0) return `${minutes}:${ss}`;
	return `${hours}:${String(minutes).padStart(2, "0")}:${ss}`;
}
