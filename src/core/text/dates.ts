// Dates as sources write them, normalised to YYYY-MM-DD (checked by hand as date-fns parse would: the calendar is checked, no time zone is involved).
// "September 12, 2023", "April 03, 2024", "June 12th, 2023", "12 June 2023",
// "Added on Monday, 12 June 2023 10:15:00", ISO dates and datetimes (the date as written, no time-zone shift).


const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
const ISO_DATE = /(^|[^\d])(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTHS})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})[a-z]*\\.?,?\\s+(\\d{4})\\b`, "i");
const EARLIEST_YEAR = 1000; // years below this are typos or ids, not dates
const MONTH_NAMES = MONTHS.split("|");
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const FEBRUARY = 2;

/** YYYY-MM-DD from a four-digit year, a month (1–12) and a day, or null when no such day exists (as date-fns parse judged). */
function fromParts(year: string, month: number, day: number): string | null {
	const yearNumber = Number(year);
	if (yearNumber < EARLIEST_YEAR || month < 1 || month > 12 || day < 1) return null;
	const leap = yearNumber % 400 === 0 || (yearNumber % 4 === 0 && yearNumber % 100 !== 0);
	if (day > DAYS_IN_MONTH[month - 1] + (leap && month === FEBRUARY ? 1 : 0)) return null;
	return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** A day as date-fns' `d` token reads it: "1"–"31" with an optional leading zero; "00" or "32" is no day. */
function dayOf(text: string): number {
	return /^(?:3[01]|[12]\d|0?[1-9])$/.test(text) ? Number(text) : 0;
}

function monthOf(name: string): number {
	return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The first date found in a piece of text, as YYYY-MM-DD, or null. */
export function parseDateText(text: string): string | null {
	const iso = ISO_DATE.exec(text);
	if (iso) return fromParts(iso[2], Number(iso[3]), Number(iso[4]));
	const monthFirst = MONTH_DAY_YEAR.exec(text);
	if (monthFirst) return fromParts(monthFirst[3], monthOf(monthFirst[1]), dayOf(monthFirst[2]));
	const dayFirst = DAY_MONTH_YEAR.exec(text);
	if (dayFirst) return fromParts(dayFirst[3], monthOf(dayFirst[2]), dayOf(dayFirst[1]));
	return null;
}

/** A date from a frontmatter value: a string, a YAML date (read in UTC, as YAML means it), or a list. */
export function dateFromValue(value: unknown): string | null {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
	if (typeof value === "string") return parseDateText(value);
	if (typeof value === "number" && value > 10_000_000_000) return dateFromValue(new Date(value)); // epoch milliseconds
	if (Array.isArray(value) && value.length > 0) return dateFromValue(value[0]);
	return null;
}
