// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { Component, FuzzySuggestModal, MarkdownRenderer, Modal, Notice, setIcon, Setting } from "obsidian";
import { createFakeApp, Menu, notices, openModals } from "./index";

describe("DOM helpers", () => {
	it("createEl applies classes, text, attributes and parent", () => {
		const parent = createDiv({ cls: "outer box" });
		const link = parent.createEl("a", { text: "go", href: "https://example.com/", attr: { "data-x": 1, hidden: null }, title: "t" });
		expect(parent.className).toBe("outer box");
		expect(link.parentElement).toBe(parent);
		expect(link.getText()).toBe("go");
		expect(link.getAttr("data-x")).toBe("1");
		expect(link.hasAttribute("hidden")).toBe(false);
		expect(link.title).toBe("t");
		const first = parent.createSpan({ text: "first", prepend: true });
		expect(parent.firstChild).toBe(first);
		expect(parent.createDiv("solo").hasClass("solo")).toBe(true);
	});

	it("empty, setText, toggleClass, setAttrs, detach and fragments", () => {
		const el = createDiv();
		el.createSpan({ text: "<b>not html</b>" });
		expect(el.innerHTML).toBe("<span>&lt;b&gt;not html&lt;/b&gt;</span>");
		el.empty();
		expect(el.childNodes).toHaveLength(0);
		el.setText("plain");
		expect(el.getText()).toBe("plain");
		el.toggleClass(["a", "b"], true);
		el.removeClass("a");
		expect(el.className).toBe("b");
		el.setAttrs({ role: "button", tabindex: 0 });
		expect(el.getAttribute("tabindex")).toBe("0");
		const fragment = createFragment((f) => f.createEl("em", { text: "x" }));
		el.setText(fragment);
		expect(el.innerHTML).toBe("<em>x</em>");
		const child = el.createDiv();
		child.detach();
		expect(child.parentElement).toBeNull();
		expect(child.instanceOf(HTMLDivElement)).toBe(true);
	});

	it("onClickEvent listens to clicks and setIcon adds an svg", () => {
		const button = createEl("button");
		let clicks = 0;
		button.onClickEvent(() => clicks++);
		button.click();
		expect(clicks).toBe(1);
		setIcon(button, "dice");
		expect(button.querySelector("svg")?.getAttribute("class")).toBe("svg-icon lucide-dice");
	});
});

describe("Setting components", () => {
	it("fire onChange from DOM events the way a user's input would", () => {
		const container = createDiv();
		const seen: unknown[] = [];
		let clicked = 0;
		new Setting(container)
			.setName("Name")
			.setDesc("Description")
			.addText((text) => text.setValue("start").onChange((value) => seen.push(`text:${value}`)))
			.addToggle((toggle) => toggle.onChange((value) => seen.push(`toggle:${value}`)))
			.addDropdown((dropdown) => dropdown.addOptions({ a: "A", b: "B" }).setValue("a").onChange((value) => seen.push(`dropdown:${value}`)))
			.addSlider((slider) => slider.setLimits(0, 10, 1).setValue(3).onChange((value) => seen.push(`slider:${value}`)))
			.addButton((button) => button.setButtonText("Go").onClick(() => clicked++));
		expect(container.querySelector(".setting-item-name")?.textContent).toBe("Name");
		const input = container.querySelector("input[type=text]") as HTMLInputElement;
		expect(input.value).toBe("start");
		input.value = "typed";
		input.dispatchEvent(new Event("input"));
		(container.querySelector(".checkbox-container") as HTMLElement).click();
		const select = container.querySelector("select") as HTMLSelectElement;
		select.value = "b";
		select.dispatchEvent(new Event("change"));
		const slider = container.querySelector("input[type=range]") as HTMLInputElement;
		slider.value = "7";
		slider.dispatchEvent(new Event("change"));
		(container.querySelector("button") as HTMLButtonElement).click();
		expect(seen).toEqual(["text:typed", "toggle:true", "dropdown:b", "slider:7"]);
		expect(clicked).toBe(1);
	});
});

describe("Modal, Notice, Menu and rendering", () => {
	it("opens and closes a modal in the document", () => {
		const app = createFakeApp();
		const events: string[] = [];
		class Hello extends Modal {
			override onOpen() {
				this.setTitle("Hi");
				this.contentEl.createEl("p", { text: "content" });
				events.push("open");
			}
			override onClose() {
				events.push("close");
			}
		}
		const modal = new Hello(app);
		modal.open();
		expect(document.querySelector(".modal-title")?.textContent).toBe("Hi");
		expect(openModals).toContain(modal);
		modal.close();
		expect(document.querySelector(".modal-container")).toBeNull();
		expect(events).toEqual(["open", "close"]);
	});

	it("drives a fuzzy suggest modal by typing and choosing", async () => {
		const app = createFakeApp();
		let chosen = "";
		class Pick extends FuzzySuggestModal<string> {
			getItems() {
				return ["Compute", "Post-training", "Interpretability"];
			}
			getItemText(item: string) {
				return item;
			}
			onChooseItem(item: string) {
				chosen = item;
			}
		}
		const modal = new Pick(app);
		modal.open();
		modal.inputEl.value = "ptr";
		modal.inputEl.dispatchEvent(new Event("input"));
		await new Promise((resolve) => setTimeout(resolve, 0));
		const items = [...modal.resultContainerEl.querySelectorAll(".suggestion-item")].map((el) => el.textContent);
		expect(items).toEqual(["Post-training"]);
		(modal.resultContainerEl.querySelector(".suggestion-item") as HTMLElement).click();
		expect(chosen).toBe("Post-training");
		expect(openModals).not.toContain(modal);
	});

	it("records notices, menus and renders markdown as text", async () => {
		notices.length = 0;
		new Notice("Linked 3 notes");
		expect(notices).toEqual(["Linked 3 notes"]);
		let picked = false;
		const menu = new Menu().addItem((item) => item.setTitle("Open").onClick(() => (picked = true)));
		const [item] = menu.items;
		if (item !== "separator") item.click();
		expect(picked).toBe(true);
		const el = createDiv();
		const owner = new Component();
		await MarkdownRenderer.render(createFakeApp(), "<img src=x onerror=alert(1)>\n\nSecond", el, "a.md", owner);
		owner.unload();
		expect(el.querySelectorAll("img")).toHaveLength(0);
		expect([...el.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["<img src=x onerror=alert(1)>", "Second"]);
	});
});
