// Nothing is written outside the vault: not through a theme's aliases or links, not through a
// themes folder in the settings or on the command line, not through a tampered ledger.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runUnlink } from "../../src/cli/link-command";
import { runIndexedLink } from "../../src/cli/scan-command";
import { HEALTHY } from "./bad-input-corpus";
import { link, makeSandbox, snapshotTree, unlink, writeFiles } from "./vault-harness";

const PLUGIN = ".obsidian/plugins/throughline";

let disposers: (() => void)[] = [];
afterEach(() => {
	for (const dispose of disposers) dispose();
	disposers = [];
});

function sandboxWith(files: Record<string, string>) {
	const sandbox = makeSandbox("throughline-escape-");
	disposers.push(sandbox.dispose);
	writeFiles(sandbox.vault, { [HEALTHY.path]: HEALTHY.text, ...files });
	mkdirSync(join(sandbox.root, "outside"));
	writeFileSync(join(sandbox.root, "outside.md"), "a note outside the vault\n");
	return sandbox;
}

function outsideVault(tree: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(tree).filter(([path]) => !path.startsWith("vault/")));
}

function collect() {
	let stderr = "";
	return { io: { stdout: () => undefined, stderr: (t: string) => void (stderr += t) }, stderr: () => stderr };
}

describe("nothing is written outside the vault", () => {
	it("a themes folder of ../Outside in data.json: link refuses in plain words (exit 1) and writes only inside", async () => {
		const { root, vault } = sandboxWith({ [`${PLUGIN}/data.json`]: JSON.stringify({ themesFolder: "../outside", linkMode: "both" }) });
		const before = snapshotTree(root);
		const run = await link(vault);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/outside the vault/);
		expect(outsideVault(snapshotTree(root))).toEqual(outsideVault(before));
		await unlink(vault);
		expect(snapshotTree(root)).toEqual(before);
	});

	it("--themes ../outside on the command line: the same refusal", async () => {
		const { root, vault } = sandboxWith({});
		const before = snapshotTree(root);
		const out = collect();
		const code = await runIndexedLink({ vault, dryRun: false, json: true, themesFolder: "../outside" }, out.io);
		expect(code).toBe(1);
		expect(out.stderr()).toMatch(/outside the vault/);
		expect(outsideVault(snapshotTree(root))).toEqual(outsideVault(before));
	});

	it("a tampered ledger naming ../outside.md: unlink leaves that file alone", async () => {
		const ledger = { version: 1, hubs: { "../outside.md": { created: true } }, properties: { "../outside.md": { key: "themes" } } };
		const { root, vault } = sandboxWith({ [`${PLUGIN}/ledger.json`]: JSON.stringify(ledger) });
		const before = snapshotTree(root);
		const out = collect();
		await runUnlink({ vault, dryRun: false, json: true }, { io: out.io });
		expect(outsideVault(snapshotTree(root))).toEqual(outsideVault(before));
	});

	it("theme aliases and links holding ../ create nothing outside, and unlink restores the vault", async () => {
		const { root, vault } = sandboxWith({
			"Themes/Escape.md": '---\naliases: ["../../outside", "../outside.md", "breakout"]\n---\n[[../../outside]] [x](../outside.md)\n',
			"Notes/Breakout.md": "The breakout, ../../outside and ../outside.md again.\n",
		});
		const before = snapshotTree(root);
		const run = await link(vault, "both");
		expect(run.code).toBe(0);
		expect(snapshotTree(root)["vault/Themes/Escape.md"]).not.toBe(before["vault/Themes/Escape.md"]); // the pass did write, inside
		expect(outsideVault(snapshotTree(root))).toEqual(outsideVault(before));
		await unlink(vault);
		expect(snapshotTree(root)).toEqual(before);
	});
});
