// The month a record's date falls in, for the themes' monthly counts: dates as records keep them
// (YYYY-MM-DD) are checked by hand, anything else by date-fns, and every answer is remembered.

import { format, isValid, parseISO } from "date-fns";
import { parseDateText } from "../text/dates";

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/; // YYYY-MM-DD, as records keep dates

function monthByDateFns(date: string): string | null {
	const parsed = parseISO(date);
	return isValid(parsed) ? format(parsed, "yyyy-MM") : null;
}

const MONTHS_REMEMBERED = 4096; // distinct dates in a vault are few; the memo is cleared past this many
const monthMemo = new Map<string, string | null>();

/** "2023-09" for "2023-09-14"; null for a missing or impossible date. */
export function monthOf(date: string | null): string | null {
	if (!date) return null;
	let month = monthMemo.get(date);
	if (month !== undefined) return month;
	month = PLAIN_DATE.test(date) && parseDateText(date) === date ? date.slice(0, 7) : monthByDateFns(date); // a record's own form, checked by hand: date-fns costs ~10 µs a date on a cold start
	if (monthMemo.size >= MONTHS_REMEMBERED) monthMemo.clear();
	monthMemo.set(date, month);
	return month;
}
