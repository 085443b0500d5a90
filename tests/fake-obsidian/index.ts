// A faithful fake of the `obsidian` module for tests (vitest aliases `obsidian` here) and for the
// browser test page. No Node modules: this runs in a page too. See README.md for what is not faithful.
import { installDomHelpers } from "./dom";

export { Events } from "./events";
export type { EventRef } from "./events";
export { TAbstractFile, TFile, TFolder } from "./files";
export type { FileStats } from "./files";
export { Vault } from "./vault";
export type { Clock, DataWriteOptions } from "./vault";
export { MemoryAdapter } from "./adapter";
export { MetadataCache } from "./metadata-cache";
export { computeMetadata } from "./metadata/compute";
export { FileManager } from "./file-manager";
export { Component } from "./component";
export { Plugin } from "./plugin";
export type { ViewCreator } from "./plugin";
export { Workspace } from "./workspace";
export type { OpenedLink } from "./workspace";
export { WorkspaceLeaf } from "./leaf";
export type { ViewState } from "./leaf";
export { View, ItemView, FileView, MarkdownView, MarkdownRenderChild, MarkdownRenderer } from "./views";
export { Modal, SuggestModal, FuzzySuggestModal, Notice, notices, openModals, shownNotices } from "./modal";
export type { FuzzyMatch } from "./modal";
export { Menu, MenuItem, shownMenus } from "./menu";
export {
	Setting,
	SettingTab,
	PluginSettingTab,
	BaseComponent,
	AbstractTextComponent,
	TextComponent,
	TextAreaComponent,
	SearchComponent,
	ToggleComponent,
	DropdownComponent,
	SliderComponent,
	ButtonComponent,
	ExtraButtonComponent,
} from "./setting";
export { debounce } from "./debounce";
export type { Debouncer } from "./debounce";
export { parseYaml, stringifyYaml, getFrontMatterInfo } from "./yaml";
export type { FrontMatterInfo } from "./yaml";
export { normalizePath } from "./paths";
export {
	parseLinktext,
	getLinkpath,
	stripHeading,
	stripHeadingForLink,
	getAllTags,
	parseFrontMatterEntry,
	parseFrontMatterStringArray,
	parseFrontMatterTags,
	parseFrontMatterAliases,
	iterateRefs,
	iterateCacheRefs,
} from "./links";
export { prepareSimpleSearch, prepareFuzzySearch } from "./search";
export type { SearchResult } from "./search";
export { Platform, apiVersion, requireApiVersion, addIcon, removeIcon, getIcon, setIcon, setTooltip, requestUrl, request, Keymap, Scope } from "./misc";
export { App, FakeControls, createFakeApp } from "./app";
export type { FakeApp, FakeAppOptions } from "./app";
export { trackListeners } from "./registry";
export type { ListenerCount, ListenerTracker } from "./registry";
export { installDomHelpers } from "./dom";
export { editorInfoField, editorLivePreviewField } from "./editor-fields";
export type { DomWindow } from "./dom";

/** Fake only: Obsidian finished loading its layout; queued onLayoutReady callbacks run now. */
export function layoutReady(app: { workspace: { triggerLayoutReady(): void } }): void {
	app.workspace.triggerLayoutReady();
}

// Obsidian installs its DOM helpers before any plugin runs; so does the fake, wherever a DOM exists.
if (typeof document !== "undefined" && typeof window !== "undefined") {
	installDomHelpers(window, globalThis);
}
