// @vitest-environment happy-dom
// The file menu offers "Exclude from a theme…" on linked notes, and the choice sticks.
import { describe, expect, test } from "vitest";
import { Menu } from "../fake-obsidian/index";
import { ThemePickerModal } from "../../src/ui/modals/theme-picker-modal";
import { idle, internalsOf, openModals, sampleVault, startPlugin, topModal } from "./harness";

const NOTE = "Readwise/Toy Models of Superposition.md";

describe("the file menu", () => {
	test("excludes a linked note from a theme in two clicks", async () => {
		const loaded = await startPlugin(sampleVault());
		const index = internalsOf(loaded.plugin).index.engine.index;
		expect(index.document(NOTE)?.decisions.find((d) => d.themeId === "interpretability")?.linked).toBe(true);
		const menu = new Menu();
		const file = loaded.app.vault.getFileByPath(NOTE);
		loaded.app.workspace.trigger("file-menu", menu, file, "file-explorer");
		const item = menu.items.find((i): i is Exclude<typeof i, "separator"> => i !== "separator" && i.title === "Exclude from a theme…");
		expect(item).toBeDefined();
		item?.click();
		const picker = topModal() as unknown as ThemePickerModal;
		expect(openModals.length).toBeGreaterThan(0);
		const interpretability = picker.getItems().find((t) => t.id === "interpretability");
		expect(interpretability).toBeDefined();
		if (interpretability) picker.onChooseItem(interpretability);
		await idle(loaded);
		const decision = internalsOf(loaded.plugin).index.engine.index.document(NOTE)?.decisions.find((d) => d.themeId === "interpretability");
		expect(decision?.linked).toBe(false);
		expect(decision?.why).toContain("excluded by you");
		loaded.plugin.unload();
	});
});
