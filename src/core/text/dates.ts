// Dates as sources write them, normalised to YYYY-MM-DD with date-fns.
// "September 12, 2023", "April 03, 2024", "June 12th, 2023", "12 June 2023",
// "Added on Monday, 12 June 2023 10:15:00", ISO dates and datetimes (the date as written, no time-zone shift).

import { format, isValid, parse } from "date-fns";

const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
const ISO_DATE = /(^|[^\d])(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTHS})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})[a-z]*\\.?,?\\s+(\\d{4})\\b`, "i");
const REFERENCE = new Date(2000, 0, 1);
const EARLIEST_YEAR = 1000; // years below this are typos or ids, not dates

function fromParts(year: string, month: string, day: string, pattern: string): string | null {
	const parsed = parse(`${year} ${month} ${day}`, pattern, REFERENCE);
	if (!isValid(parsed) || parsed.getFullYear() < EARLIEST_YEAR) return null;
	return format(parsed, "yyyy-MM-dd");
}

/** The first date found in a piece of text, as YYYY-MM-DD, or null. */
export function parseDateText(text: string): string | null {
	const iso = ISO_DATE.exec(text);
	if (iso) return fromParts(iso[2], iso[3], iso[4], "yyyy MM dd");
	const monthFirst = MONTH_DAY_YEAR.exec(text);
	if (monthFirst) return fromParts(monthFirst[3], capitalise(monthFirst[1]), monthFirst[2], "yyyy MMM d");
	const dayFirst = DAY_MONTH_YEAR.exec(text);
	if (dayFirst) return fromParts(dayFirst[3], capitalise(dayFirst[2]), dayFirst[1], "yyyy MMM d");
	return null;
}

function capitalise(month: string): string {
	return month.charAt(0).toUpperCase() + month.slice(1, 3).toLowerCase();
}

/** A date from a frontmatter value: a string, a YAML date (read in UTC, as YAML means it), or a list. */
export function dateFromValue(value: unknown): string | null {
	if (value instanceof Date) return isValid(value) ? value.toISOString().slice(0, 10) : null;
	if (typeof value === "string") return parseDateText(value);
	if (typeof value === "number" && value > 10_000_000_000) return dateFromValue(new Date(value)); // epoch milliseconds
	if (Array.isArray(value) && value.length > 0) return dateFromValue(value[0]);
	return null;
}
