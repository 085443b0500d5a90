import { Plugin } from "obsidian";

/** Lifecycle and wiring only: every service is built and registered here, none does its work here. */
export default class ThroughlinePlugin extends Plugin {
	override async onload(): Promise<void> {
		this.app.workspace.onLayoutReady(() => {
			// Indexing starts after layout-ready, never during start-up.
		});
	}
}
