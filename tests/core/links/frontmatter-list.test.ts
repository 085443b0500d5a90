import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { readListProperty, setListProperty } from "../../../src/core/links/frontmatter-list";

function set(text: string, values: string[] | undefined, key = "themes"): string {
	const result = setListProperty(text, key, values);
	if (result.kind !== "ok") throw new Error(result.message);
	return result.text;
}

function read(text: string, key = "themes"): string[] | undefined {
	const result = readListProperty(text, key);
	if (result.kind !== "ok") throw new Error(result.message);
	return result.values;
}

describe("list property as a text edit", () => {
	it("adds frontmatter to a note without one, and reads it back as YAML", () => {
		const text = set("Body\n", ["[[Scaling]]", "[[Data]]"]);
		expect(text).toBe('---\nthemes:\n  - "[[Scaling]]"\n  - "[[Data]]"\n---\nBody\n');
		expect(YAML.parse(text.split("---")[1])).toEqual({ themes: ["[[Scaling]]", "[[Data]]"] });
	});

	it("adds the key before the closing line, the other keys' bytes untouched", () => {
		const note = "---\ntitle:   'Odd  spacing'\ntags: [a, b]\n---\nBody";
		const text = set(note, ["[[X]]"]);
		expect(text).toBe("---\ntitle:   'Odd  spacing'\ntags: [a, b]\nthemes:\n  - \"[[X]]\"\n---\nBody");
	});

	it("replaces only the key's own lines", () => {
		const note = "---\na: 1\nthemes:\n  - \"[[Old]]\"\n- \"[[Also old]]\"\nb: 2\n---\n";
		expect(read(note)).toEqual(["[[Old]]", "[[Also old]]"]);
		expect(set(note, ["[[New]]"])).toBe("---\na: 1\nthemes:\n  - \"[[New]]\"\nb: 2\n---\n");
	});

	it("reads flow lists, scalars and quoted values", () => {
		expect(read("---\nthemes: [\"[[A]]\", '[[B]]', C]\n---\n")).toEqual(["[[A]]", "[[B]]", "C"]);
		expect(read("---\nthemes: '[[A]]'\n---\n")).toEqual(["[[A]]"]);
		expect(read("---\nother: 1\n---\n")).toBeUndefined();
		expect(read("No frontmatter")).toBeUndefined();
	});

	it("keeps CRLF and a BOM", () => {
		const text = set("\uFEFF---\r\na: 1\r\n---\r\nBody\r\n", ["[[X]]"]);
		expect(text).toBe("\uFEFF---\r\na: 1\r\nthemes:\r\n  - \"[[X]]\"\r\n---\r\nBody\r\n");
		expect(read(text)).toEqual(["[[X]]"]);
	});

	it("deletes the key", () => {
		expect(set("---\na: 1\nthemes:\n  - x\n---\n", undefined)).toBe("---\na: 1\n---\n");
	});

	it("reports frontmatter that never closes instead of guessing", () => {
		expect(readListProperty("---\na: 1\nno end", "themes").kind).toBe("problem");
		expect(setListProperty("---\na: 1\nno end", "themes", ["x"]).kind).toBe("problem");
	});

	it("knows YAML's `...` closing line, so the property never lands in the body", () => {
		const note = "---\ntitle: x\n...\nbody\n\n---\n\nmore";
		expect(set(note, ["[[X]]"])).toBe("---\ntitle: x\nthemes:\n  - \"[[X]]\"\n...\nbody\n\n---\n\nmore");
		expect(read("---\ntitle: x\n...\nbody\nthemes: [a]\n---\n")).toBeUndefined();
	});

	it("reads a flow list or a value with a trailing comment as its values, not as one value", () => {
		expect(read("---\nthemes: [a, b] # note\n---\n")).toEqual(["a", "b"]);
		expect(read("---\nthemes: \"[[A]]\"   # mine\n---\n")).toEqual(["[[A]]"]);
		expect(read("---\nthemes:\n  - a # first\n  - \"b # not a comment\"\n---\n")).toEqual(["a", "b # not a comment"]);
		expect(read("---\nthemes: [\"x #1\", y]\n---\n")).toEqual(["x #1", "y"]);
		expect(read("---\nthemes: a#b\n---\n")).toEqual(["a#b"]);
	});

	it("leaves alone a property written in a form it does not edit, and says so", () => {
		for (const inline of ["[a,", "{a: 1}", "|", ">-", "&anchor [a]", "*anchor"]) {
			const result = readListProperty(`---\nthemes: ${inline}\n---\n`, "themes");
			expect(result.kind, inline).toBe("problem");
			if (result.kind === "problem") expect(result.message).toMatch(/themes/);
		}
	});
});
