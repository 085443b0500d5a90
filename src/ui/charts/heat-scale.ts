// The timeline's two scales: which months one cell stands for (months, quarters or years, so that a
// cell stays wide enough to see and to point at), and which shade a count gets (quartiles of the counts).
import { countsByMonth } from "./svg";
import type { MonthlyCount } from "../view-models";

export interface Period {
	/** First and last month, `YYYY-MM`, inclusive. */
	from: string;
	to: string;
	/** "March 2024", "Jan–Mar 2024", "2024". */
	label: string;
	/** Indices into the months the period covers. */
	start: number;
	end: number;
}

export type PeriodUnit = "month" | "quarter" | "year";

const MONTH_CELLS_MAX = 36; // three years of months: in a 320-pixel sidebar a cell is still 5 pixels wide
const QUARTER_CELLS_MAX = 40; // ten years of quarters; past that a cell is a year
export const HEAT_LEVELS = 4; // shades of the accent colour, lightest to darkest (styles.css)

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function unitFor(monthCount: number): PeriodUnit {
	if (monthCount <= MONTH_CELLS_MAX) return "month";
	return monthCount <= QUARTER_CELLS_MAX * 3 ? "quarter" : "year";
}

function monthIndex(month: string): number {
	return Number(month.slice(5, 7)) - 1;
}

/** The months grouped into cells: one per month, per calendar quarter or per year, as `unitFor` says. */
export function periodsOf(months: string[]): Period[] {
	const unit = unitFor(months.length);
	const keyOf = (month: string): string => {
		if (unit === "month") return month;
		return unit === "year" ? month.slice(0, 4) : `${month.slice(0, 4)}-Q${Math.floor(monthIndex(month) / 3)}`;
	};
	const periods: Period[] = [];
	months.forEach((month, i) => {
		const last = periods[periods.length - 1];
		if (last && keyOf(months[last.start]) === keyOf(month)) {
			last.end = i;
			last.to = month;
		} else periods.push({ from: month, to: month, label: "", start: i, end: i });
	});
	for (const period of periods) calendarBounds(period, unit);
	return periods;
}

/** A quarter or a year spans its whole calendar quarter or year, even where the notes start or end inside it. */
function calendarBounds(period: Period, unit: PeriodUnit): void {
	const year = period.from.slice(0, 4);
	if (unit === "year") [period.from, period.to] = [`${year}-01`, `${year}-12`];
	if (unit === "quarter") {
		const first = Math.floor(monthIndex(period.from) / 3) * 3 + 1;
		[period.from, period.to] = [`${year}-${String(first).padStart(2, "0")}`, `${year}-${String(first + 2).padStart(2, "0")}`];
	}
	period.label = spanLabel(period.from, period.to);
}

/** A series' counts summed per period. */
export function countsByPeriod(monthly: MonthlyCount[], months: string[], periods: Period[]): number[] {
	const counts = countsByMonth(monthly, months);
	return periods.map((period) => counts.slice(period.start, period.end + 1).reduce((a, b) => a + b, 0));
}

/**
 * Upper bounds of the shades, ascending: the quartiles of the non-zero counts, repeats dropped, the
 * largest count last. Quartiles spread the shades over what the vault holds, where a linear scale
 * would paint every cell but the busiest one pale.
 */
export function heatBounds(values: number[]): number[] {
	const nonzero = values.filter((v) => v > 0).sort((a, b) => a - b);
	if (nonzero.length === 0) return [];
	const at = (q: number): number => nonzero[Math.floor(q * (nonzero.length - 1))];
	return [...new Set([at(0.25), at(0.5), at(0.75), nonzero[nonzero.length - 1]])];
}

/** The shade of a count, 0 (none) to HEAT_LEVELS; with fewer bounds than shades the darkest still means the most. */
export function heatLevel(value: number, bounds: number[]): number {
	if (value <= 0 || bounds.length === 0) return 0;
	const index = bounds.findIndex((bound) => value <= bound);
	const band = index < 0 ? bounds.length : index + 1;
	return Math.round((band * HEAT_LEVELS) / bounds.length);
}

/** The legend's ranges, one per bound: "1", "2–3", "4–9", "10–31". */
export function boundLabels(bounds: number[]): string[] {
	return bounds.map((bound, i) => {
		const low = i === 0 ? 1 : bounds[i - 1] + 1;
		return low >= bound ? String(bound) : `${low}–${bound}`;
	});
}

/** "March 2024", "Jan–Mar 2024", "2024", "Nov 2023–Jan 2024": the months a slice of the timeline covers. */
export function spanLabel(from: string, to: string): string {
	const [fromYear, toYear] = [from.slice(0, 4), to.slice(0, 4)];
	const [first, last] = [monthIndex(from), monthIndex(to)];
	if (from === to) return `${LONG_MONTHS[first]} ${fromYear}`;
	if (fromYear === toYear && first === 0 && last === 11) return fromYear;
	if (fromYear === toYear) return `${SHORT_MONTHS[first]}–${SHORT_MONTHS[last]} ${fromYear}`;
	return `${SHORT_MONTHS[first]} ${fromYear}–${SHORT_MONTHS[last]} ${toYear}`;
}
