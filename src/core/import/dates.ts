// Dates as highlight exports write them, turned into YYYY-MM-DD without time-zone surprises.

const MONTHS: Record<string, number> = {
	jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * "2023-06-12 10:15:00+00:00", "Monday, 12 June 2023 10:15:00", "Monday, June 12, 2023 10:15:00 AM",
 * "Jun 12, 2023" → "2023-06-12"; null when no date can be read. The calendar date is taken as
 * written, never shifted to another time zone.
 */
export function readCalendarDate(text: string): string | null {
	const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
	if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	const dayFirst = /\b(\d{1,2})\.? ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(text);
	if (dayFirst) return checked(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
	const monthFirst = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(text);
	if (monthFirst) return checked(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
	return null;
}

function monthNumber(name: string): number {
	return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

function checked(year: number, month: number, day: number): string | null {
	if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) return null;
	return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The earliest of some YYYY-MM-DD dates (they sort as text), or null. */
export function earliestDate(dates: (string | null)[]): string | null {
	let earliest: string | null = null;
	for (const date of dates) if (date && (earliest === null || date < earliest)) earliest = date;
	return earliest;
}
