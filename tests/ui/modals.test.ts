// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createFakeApp, openModals, type FakeApp } from "../fake-obsidian/index";
import { ConfirmModal } from "../../src/ui/modals/confirm-modal";
import type { LinkPreviewItem } from "../../src/ui/modals/link-preview";
import { LinkPreviewModal } from "../../src/ui/modals/link-preview-modal";
import { ThemePickerModal } from "../../src/ui/modals/theme-picker-modal";

let app: FakeApp;
beforeEach(() => {
	document.body.replaceChildren();
	openModals.splice(0);
	app = createFakeApp();
});

function button(root: HTMLElement, text: RegExp): HTMLButtonElement {
	const found = Array.from(root.querySelectorAll("button")).find((b) => text.test(b.textContent ?? ""));
	if (!found) throw new Error(`no button ${String(text)}`);
	return found;
}

const items: LinkPreviewItem[] = [
	{ path: "A.md", action: "link", summary: "adds 2 themes", themeIds: ["agents", "rlhf"], diff: [] },
	{ path: "B.md", action: "link", summary: "adds 1 theme", themeIds: ["rlhf"], diff: [] },
];

describe("LinkPreviewModal", () => {
	it("applies only what stays ticked, and counts it on the button", () => {
		const onAccept = vi.fn();
		const modal = new LinkPreviewModal(app, items, { agents: "Agents", rlhf: "RLHF" }, onAccept);
		modal.open();
		const rlhf = modal.contentEl.querySelector<HTMLInputElement>('input[data-theme-id="rlhf"]')!;
		rlhf.checked = false;
		rlhf.dispatchEvent(new Event("change"));
		const apply = button(modal.contentEl, /^Apply \d/);
		expect(apply.textContent).toBe("Apply 1 of 2");
		apply.click();
		expect(onAccept).toHaveBeenCalledWith([{ ...items[0], themeIds: ["agents"] }], new Set(["rlhf"]));
		expect(openModals).toHaveLength(0);
	});

	it("accepts everything with Accept all, and nothing on Cancel", () => {
		const onAccept = vi.fn();
		const first = new LinkPreviewModal(app, items, {}, onAccept);
		first.open();
		button(first.contentEl, /^Cancel$/).click();
		expect(onAccept).not.toHaveBeenCalled();
		const second = new LinkPreviewModal(app, items, {}, onAccept);
		second.open();
		button(second.contentEl, /^Accept all$/).click();
		expect(onAccept).toHaveBeenCalledWith(items, new Set());
	});
});

describe("ThemePickerModal", () => {
	it("fuzzy-finds a theme by name and hands it back", async () => {
		const onPick = vi.fn();
		const themes = [{ id: "agents", name: "Agents", path: null }, { id: "scaling-laws", name: "Scaling laws", path: "Themes/Scaling laws.md" }];
		const modal = new ThemePickerModal(app, themes, onPick);
		modal.open();
		modal.inputEl.value = "scl";
		const fakeModal = modal as unknown as { refreshSuggestions(): Promise<{ item: { id: string } }[]> }; // the fake's test hook
		const shown = await fakeModal.refreshSuggestions();
		expect(shown.map((s) => s.item.id)).toEqual(["scaling-laws"]);
		modal.resultContainerEl.querySelector<HTMLElement>(".suggestion-item")!.click();
		expect(onPick).toHaveBeenCalledWith(themes[1]);
	});
});

describe("ConfirmModal", () => {
	it("runs the action only on confirm", () => {
		const onConfirm = vi.fn();
		const modal = new ConfirmModal(app, { title: "Remove all Throughline links?", message: "This edits 12 notes.", confirmText: "Remove links", destructive: true }, onConfirm);
		modal.open();
		expect(modal.titleEl.textContent).toBe("Remove all Throughline links?");
		const confirm = button(modal.contentEl, /^Remove links$/);
		expect(confirm.classList.contains("mod-warning")).toBe(true);
		button(modal.contentEl, /^Cancel$/).click();
		expect(onConfirm).not.toHaveBeenCalled();
		modal.open();
		button(modal.contentEl, /^Remove links$/).click();
		expect(onConfirm).toHaveBeenCalledTimes(1);
	});
});
