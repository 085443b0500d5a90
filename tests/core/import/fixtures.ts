// Shared helpers for the importer's tests: the fixtures folder and a frontmatter reader.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";

export const FIXTURES = resolve(__dirname, "../../fixtures/import");

export function fixture(name: string): string {
	return readFileSync(join(FIXTURES, name), "utf8");
}

/** The frontmatter of a note as a YAML library reads it, the body after it, and that body without its paragraphs' closing ` ^id`s. */
export function splitNote(markdown: string): { data: Record<string, unknown>; body: string; text: string } {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
	if (!match) throw new Error("note has no frontmatter");
	const body = markdown.slice(match[0].length);
	return { data: parse(match[1]) as Record<string, unknown>, body, text: body.replace(/ \^[A-Za-z0-9-]+$/gm, "") };
}
