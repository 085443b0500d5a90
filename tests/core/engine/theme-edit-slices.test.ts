// A theme edit that must read many notes' text (an alias of everyday words: their fingerprints all
// say "maybe") gives the host's main thread back while it checks them, as indexing does, and names
// the same notes as without a host.

import { describe, expect, it } from "vitest";
import { grayMatterFrontmatter } from "../../../src/cli/gray-matter-frontmatter";
import { VaultEngine } from "../../../src/core/engine/vault-engine";
import { migrateSettings } from "../../../src/core/settings";
import { MemoryNoteStore } from "../../../bench/memory-note-store";

const NOTES = 120; // every one holds both words, never side by side
const TICK_MS = 5; // the fake clock's step per reading: a slice of 16 ms ends after a few notes

function vault(aliases: string[]): MemoryNoteStore {
	const theme = { path: "Themes/Safety.md", text: `---\naliases: [${aliases.map((a) => JSON.stringify(a)).join(", ")}]\n---\n# Safety\n`, mtime: 1 };
	const notes = Array.from({ length: NOTES }, (_, i) => ({ path: `Notes/n${i}.md`, text: `# Note ${i}\n\nThe red balloon rose.\n\nTeams of people watched it go.${i === 7 ? " Red teams tested it." : ""}\n`, mtime: 1 }));
	return new MemoryNoteStore([theme, ...notes]);
}

async function editAlias(host?: { now(): number; yieldToMain(): Promise<void> }): Promise<string[]> {
	const store = vault(["oversight"]);
	const settings = migrateSettings({});
	const engine = new VaultEngine({ store, frontmatter: grayMatterFrontmatter, settings: () => settings, host });
	await engine.indexAll();
	await store.process("Themes/Safety.md", () => `---\naliases: ["oversight", "red teams"]\n---\n# Safety\n`);
	return engine.reloadThemes();
}

describe("a theme edit that checks many notes' text", () => {
	it("yields to the host between slices and names what it names without one", async () => {
		let clock = 0;
		let yields = 0;
		const host = { now: () => (clock += TICK_MS), yieldToMain: async () => void yields++ };
		const sliced = await editAlias(host);
		expect(sliced).toEqual(["Notes/n7.md"]);
		expect(await editAlias()).toEqual(sliced);
		expect(yields).toBeGreaterThan(NOTES / 10); // a slice ends every few notes on this clock
	});
});
