// Writes links after the index settles, when the reader has switched auto-link on (only possible
// once a first preview was accepted). Its own writes only touch theme notes' managed blocks, which
// change no theme definition, so a pass never triggers another one.

import { Component, debounce } from "obsidian";
import type { ThroughlineSettings } from "../core/settings";
import type { IndexController } from "./index-controller";
import type { LinkService } from "./link-service";

const AUTO_LINK_DELAY_MS = 5000; // after an importer's burst has settled, not between its writes

export class AutoLinker extends Component {
	private running = false;

	constructor(
		private readonly index: IndexController,
		private readonly links: LinkService,
		private readonly settings: () => ThroughlineSettings,
	) {
		super();
	}

	override onload(): void {
		const later = debounce(() => void this.pass(), AUTO_LINK_DELAY_MS, true);
		this.register(this.index.onChange(() => {
			if (this.enabled()) later();
		}));
		this.register(() => later.cancel());
	}

	private enabled(): boolean {
		const s = this.settings();
		return s.autoLink && s.firstPreviewAccepted;
	}

	/** One link pass without a preview; skipped while indexing or while another pass runs. */
	async pass(): Promise<number> {
		if (this.running || !this.enabled() || this.index.busy()) return 0;
		this.running = true;
		try {
			const result = await this.links.linkPass(this.index.engine.index);
			return result.applied.length;
		} finally {
			this.running = false;
		}
	}
}
