// parseDateText checks the calendar by hand; date-fns parse, which it replaced, is the oracle here.
import { format, isValid, parse } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDateText } from "../../../src/core/text/dates";

const REFERENCE = new Date(2000, 0, 1);
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function oracle(year: string, month: string, day: string, pattern: string): string | null {
	const parsed = parse(`${year} ${month} ${day}`, pattern, REFERENCE);
	if (!isValid(parsed) || parsed.getFullYear() < 1000) return null;
	return format(parsed, "yyyy-MM-dd");
}

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

describe("parseDateText without date-fns", () => {
	it("agrees with date-fns on ISO dates, valid or not", () => {
		fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
			const [year, month, day] = [pad(y, 4), pad(m, 2), pad(d, 2)];
			expect(parseDateText(`on ${year}-${month}-${day}T10:00`)).toBe(oracle(year, month, day, "yyyy MM dd"));
		}), { numRuns: 3000 });
	});

	it("agrees with date-fns on month names, day first or month first", () => {
		const dayText = fc.oneof(fc.integer({ min: 0, max: 99 }).map(String), fc.integer({ min: 0, max: 9 }).map((d) => `0${d}`));
		fc.assert(fc.property(fc.integer({ min: 900, max: 2400 }), fc.constantFrom(...MONTHS), fc.boolean(), dayText, fc.boolean(), (y, name, upper, day, dayFirst) => {
			const month = upper ? name.toUpperCase() : `${name[0].toUpperCase()}${name.slice(1)}`;
			const year = pad(y, 4);
			const text = dayFirst ? `${day} ${month} ${year}` : `${month} ${day}, ${year}`;
			const capitalised = `${name[0].toUpperCase()}${name.slice(1)}`;
			expect(parseDateText(text)).toBe(oracle(year, capitalised, day, "yyyy MMM d"));
		}), { numRuns: 3000 });
	});

	it("reads leap days only in leap years", () => {
		expect(parseDateText("2024-02-29")).toBe("2024-02-29");
		expect(parseDateText("2023-02-29")).toBeNull();
		expect(parseDateText("1900-02-29")).toBeNull();
		expect(parseDateText("29 February 2000")).toBe("2000-02-29");
	});
});
