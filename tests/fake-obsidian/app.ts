// The App and createFakeApp: a vault seeded from a files map, its metadata cache already
// computed (as at layout-ready in Obsidian), and the registries plugins write into.
import type { App as ObsidianApp, Command } from "obsidian";
import type { Events } from "./events";
import { FileManager } from "./file-manager";
import { MetadataCache } from "./metadata-cache";
import { Keymap, Scope } from "./misc";
import type { ViewCreator } from "./plugin";
import { trackListeners } from "./registry";
import type { ListenerTracker } from "./registry";
import { Vault } from "./vault";
import type { Clock } from "./vault";
import { Workspace } from "./workspace";

export interface FakeAppOptions {
	/** Vault path → text. Folders are made as needed. */
	files?: Record<string, string>;
	/** Time for mtime/ctime; defaults to Date.now. */
	clock?: Clock;
	vaultName?: string;
}

/** Test-only controls and records, under `app.fake` so they never mix with Obsidian's API. */
export class FakeControls {
	/** Plugin id → data.json text, as saveData wrote it. */
	readonly pluginData = new Map<string, string>();
	readonly markdownPostProcessors: unknown[] = [];
	readonly codeBlockProcessors: Record<string, unknown> = {};
	readonly editorExtensions: unknown[] = [];
	readonly editorSuggests: unknown[] = [];
	readonly protocolHandlers: Record<string, (params: Record<string, string>) => unknown> = {};
	readonly hoverLinkSources: Record<string, unknown> = {};
	readonly ribbonEl: HTMLElement | null;
	readonly statusBarEl: HTMLElement | null;

	constructor(private readonly app: App) {
		this.ribbonEl = typeof document === "undefined" ? null : this.attach("workspace-ribbon");
		this.statusBarEl = typeof document === "undefined" ? null : this.attach("status-bar");
	}

	/** Obsidian finished loading the layout: queued onLayoutReady callbacks run now. */
	layoutReady(): void {
		this.app.workspace.triggerLayoutReady();
	}

	/** Waits until the metadata cache has parsed every change and fired its events. */
	async settle(): Promise<void> {
		await this.app.metadataCache.settle();
	}

	/** Every Events object of this app (for listener counts). */
	eventSources(): Events[] {
		return [this.app.vault, this.app.metadataCache, this.app.workspace, ...this.app.workspace.leaves];
	}

	/** Starts counting listeners; pass the window to count DOM listeners and intervals too. */
	trackListeners(win?: Parameters<typeof trackListeners>[1]): ListenerTracker {
		return trackListeners(() => this.eventSources(), win);
	}

	/** Writes data.json as if another device synced it, then tells the plugin like Obsidian does. */
	async syncPluginData(plugin: { manifest: { id: string }; onExternalSettingsChange?: () => unknown }, data: unknown): Promise<void> {
		this.pluginData.set(plugin.manifest.id, JSON.stringify(data));
		await plugin.onExternalSettingsChange?.();
	}

	newElement(parent: HTMLElement | null, tag: string, info: { cls: string; attr?: Record<string, string> }): HTMLElement {
		if (!parent) throw new Error("This part of the fake needs a DOM: add `// @vitest-environment happy-dom` to the test file.");
		const el = parent.ownerDocument.createElement(tag);
		el.className = info.cls;
		for (const [name, value] of Object.entries(info.attr ?? {})) el.setAttribute(name, value);
		parent.appendChild(el);
		return el;
	}

	private attach(cls: string): HTMLElement {
		const el = document.createElement("div");
		el.className = cls;
		document.body?.appendChild(el);
		return el;
	}
}

export class App {
	keymap = new Keymap();
	scope = new Scope();
	lastEvent: unknown = null;
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
	/** Obsidian's internal command registry (`app.commands`), keyed by "<plugin id>:<command id>". */
	commands = {
		commands: {} as Record<string, Command>,
		executeCommandById: (id: string): boolean => {
			const command = this.commands.commands[id];
			if (!command) return false;
			if (command.checkCallback) return command.checkCallback(false) !== false;
			if (command.callback) command.callback();
			return true;
		},
	};
	/** Obsidian's internal view registry. */
	viewRegistry = {
		viewByType: {} as Record<string, ViewCreator>,
		typeByExtension: { md: "markdown" } as Record<string, string>,
		registerView: (type: string, creator: ViewCreator) => {
			if (this.viewRegistry.viewByType[type]) throw new Error(`Attempting to register an existing view type "${type}"`);
			this.viewRegistry.viewByType[type] = creator;
		},
		/** The view type goes away: its leaves stay, showing an empty view (their views close and unload). */
		unregisterView: (type: string) => {
			delete this.viewRegistry.viewByType[type];
			for (const leaf of this.workspace.getLeavesOfType(type)) void leaf.replaceWithEmpty();
		},
	};
	setting = { pluginTabs: [] as unknown[] };
	fake: FakeControls;
	private readonly localStorage = new Map<string, unknown>();

	constructor(options: FakeAppOptions = {}) {
		const clock = options.clock ?? { now: () => Date.now() };
		this.vault = new Vault(clock, options.vaultName);
		for (const [path, text] of Object.entries(options.files ?? {})) this.vault.seedFile(path, text);
		this.metadataCache = new MetadataCache(this.vault);
		this.fileManager = new FileManager(this.vault, this.metadataCache);
		this.workspace = new Workspace(this);
		this.fake = new FakeControls(this);
	}

	isDarkMode(): boolean {
		return false;
	}

	loadLocalStorage(key: string): unknown {
		return this.localStorage.get(key) ?? null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null || data === undefined) this.localStorage.delete(key);
		else this.localStorage.set(key, data);
	}
}

/** The app typed as Obsidian's App plus the fake's test-only parts. */
export type FakeApp = ObsidianApp & {
	fake: FakeControls;
	vault: ObsidianApp["vault"] & Pick<Vault, "trashed" | "readNow" | "seedFile">;
	metadataCache: ObsidianApp["metadataCache"] & Pick<MetadataCache, "settle">;
	workspace: ObsidianApp["workspace"] & Pick<Workspace, "openedLinks" | "leaves" | "triggerLayoutReady">;
	commands: App["commands"];
	viewRegistry: App["viewRegistry"];
	setting: App["setting"];
};

export function createFakeApp(options: FakeAppOptions = {}): FakeApp {
	return new App(options) as unknown as FakeApp;
}
