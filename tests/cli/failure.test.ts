import { describe, expect, it } from "vitest";
import { unexpectedFailure } from "../../src/cli/failure";

describe("an unexpected failure", () => {
	const error = new Error("EACCES: permission denied, open '/vault/x.md'");

	it("is told to the reader as its message, without a stack trace", () => {
		const text = unexpectedFailure(error, {});
		expect(text).toBe("throughline: unexpected failure: EACCES: permission denied, open '/vault/x.md'\n");
		expect(text).not.toMatch(/\n\s+at /);
	});

	it("shows the stack when THROUGHLINE_DEBUG is set", () => {
		expect(unexpectedFailure(error, { THROUGHLINE_DEBUG: "1" })).toMatch(/\n\s+at /);
	});

	it("says something readable for a thrown non-error", () => {
		expect(unexpectedFailure("odd", {})).toBe("throughline: unexpected failure: odd\n");
	});
});
