// Plugin: every add*/register* records itself in the app and is undone on unload. Settings data is
// kept in memory as JSON text (a data.json round trip), readable through app.fake.
import { Component } from "./component";
import type { App } from "./app";
import type { Command, PluginManifest } from "obsidian";
import type { View } from "./views";
import type { WorkspaceLeaf } from "./workspace";

export type ViewCreator = (leaf: WorkspaceLeaf) => View;
type PostProcessor = ((el: HTMLElement, ctx: unknown) => unknown) & { sortOrder?: number };

export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	/** Fake only: the element list of ribbon icons and status bar items this plugin added. */
	readonly addedElements: HTMLElement[] = [];

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	/** Returns onload's promise: Obsidian awaits an async onload while enabling a plugin. */
	// eslint-disable-next-line @typescript-eslint/no-misused-promises -- the app awaits it; so can tests
	override load(): Promise<void> {
		if (this._loaded) return Promise.resolve();
		this._loaded = true;
		return Promise.resolve(this.onload()).then(() => undefined);
	}

	addCommand(command: Command): Command {
		const id = `${this.manifest.id}:${command.id}`;
		const registered = { ...command, id, name: command.name };
		this.app.commands.commands[id] = registered;
		this.register(() => delete this.app.commands.commands[id]);
		return registered;
	}

	removeCommand(commandId: string): void {
		delete this.app.commands.commands[`${this.manifest.id}:${commandId}`];
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.app.fake.newElement(this.app.fake.ribbonEl, "div", { cls: "side-dock-ribbon-action", attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", callback as EventListener);
		return this.trackElement(el);
	}

	addStatusBarItem(): HTMLElement {
		return this.trackElement(this.app.fake.newElement(this.app.fake.statusBarEl, "div", { cls: "status-bar-item" }));
	}

	addSettingTab(settingTab: { containerEl?: HTMLElement }): void {
		this.app.setting.pluginTabs.push(settingTab);
		this.register(() => this.app.setting.pluginTabs.splice(this.app.setting.pluginTabs.indexOf(settingTab), 1));
	}

	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.viewRegistry.registerView(type, viewCreator);
		this.register(() => this.app.viewRegistry.unregisterView(type));
	}

	registerExtensions(extensions: string[], viewType: string): void {
		for (const extension of extensions) this.app.viewRegistry.typeByExtension[extension] = viewType;
		this.register(() => extensions.forEach((extension) => delete this.app.viewRegistry.typeByExtension[extension]));
	}

	registerHoverLinkSource(id: string, info: unknown): void {
		this.app.fake.hoverLinkSources[id] = info;
		this.register(() => delete this.app.fake.hoverLinkSources[id]);
	}

	registerMarkdownPostProcessor(postProcessor: PostProcessor, sortOrder?: number): PostProcessor {
		postProcessor.sortOrder = sortOrder;
		this.keepInList(this.app.fake.markdownPostProcessors, postProcessor);
		return postProcessor;
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: (source: string, el: HTMLElement, ctx: unknown) => unknown, sortOrder?: number): PostProcessor {
		this.app.fake.codeBlockProcessors[language] = handler;
		this.register(() => delete this.app.fake.codeBlockProcessors[language]);
		return this.registerMarkdownPostProcessor(() => undefined, sortOrder);
	}

	registerEditorExtension(extension: unknown): void {
		this.keepInList(this.app.fake.editorExtensions, extension);
	}

	registerEditorSuggest(editorSuggest: unknown): void {
		this.keepInList(this.app.fake.editorSuggests, editorSuggest);
	}

	registerObsidianProtocolHandler(action: string, handler: (params: Record<string, string>) => unknown): void {
		this.app.fake.protocolHandlers[action] = handler;
		this.register(() => delete this.app.fake.protocolHandlers[action]);
	}

	/** Like Obsidian: null when nothing was saved; a fresh copy on every call. */
	async loadData(): Promise<unknown> {
		const json = this.app.fake.pluginData.get(this.manifest.id);
		return json === undefined ? null : JSON.parse(json);
	}

	async saveData(data: unknown): Promise<void> {
		this.app.fake.pluginData.set(this.manifest.id, JSON.stringify(data, null, 2));
	}

	onUserEnable(): void {}

	onExternalSettingsChange?(): unknown;

	private trackElement(el: HTMLElement): HTMLElement {
		this.addedElements.push(el);
		this.register(() => el.remove());
		return el;
	}

	private keepInList<T>(list: T[], item: T): T {
		list.push(item);
		this.register(() => {
			const index = list.indexOf(item);
			if (index !== -1) list.splice(index, 1);
		});
		return item;
	}
}
