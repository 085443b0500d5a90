// Small pieces of Obsidian's API: Platform, icons, keymap and scope, network (refused), versions.

/** A desktop app on Linux by default; tests may flip the flags to try mobile paths. */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://fake/",
};

export const apiVersion = "1.13.1"; // the obsidian types this fake follows

function versionParts(version: string): number[] {
	return version.split(".").map((part) => Number(part) || 0);
}

export function requireApiVersion(version: string): boolean {
	const have = versionParts(apiVersion);
	const want = versionParts(version);
	for (let index = 0; index < Math.max(have.length, want.length); index++) {
		if ((have[index] ?? 0) !== (want[index] ?? 0)) return (have[index] ?? 0) > (want[index] ?? 0);
	}
	return true;
}

const customIcons = new Map<string, string>();

export function addIcon(iconId: string, svgContent: string): void {
	customIcons.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
	customIcons.delete(iconId);
}

/** An empty `svg.svg-icon.lucide-<id>` (the fake has no icon set; the class is what tests can see). */
export function getIcon(iconId: string): SVGSVGElement | null {
	const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	return svg;
}

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.replaceChildren();
	const svg = getIcon(iconId);
	if (svg) parent.appendChild(svg);
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
	el.setAttribute("aria-label", tooltip);
}

/** Tests have no network: every request fails loudly. */
export function requestUrl(request: { url: string } | string): Promise<never> {
	const url = typeof request === "string" ? request : request.url;
	return Promise.reject(new Error(`No network in tests (requestUrl ${url})`));
}

export function request(requestInfo: { url: string } | string): Promise<never> {
	return requestUrl(requestInfo);
}

type UserEvent = { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; shiftKey?: boolean; button?: number };

export class Keymap {
	pushScope(_scope: Scope): void {}
	popScope(_scope: Scope): void {}

	static isModifier(evt: UserEvent, modifier: string): boolean {
		const mod = Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
		const flags: Record<string, boolean | undefined> = { Mod: mod, Ctrl: evt.ctrlKey, Meta: evt.metaKey, Shift: evt.shiftKey, Alt: evt.altKey };
		return flags[modifier] === true;
	}

	/** Mod+Alt+Shift → window, Mod+Alt → split, Mod or middle click → tab, else false. */
	static isModEvent(evt?: UserEvent | null): "tab" | "split" | "window" | boolean {
		if (!evt) return false;
		const mod = Keymap.isModifier(evt, "Mod");
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod || evt.button === 1) return "tab";
		return false;
	}
}

export class Scope {
	handlers: { modifiers: string[] | null; key: string | null; func: (evt: KeyboardEvent) => unknown }[] = [];
	constructor(readonly parent?: Scope) {}
	register(modifiers: string[] | null, key: string | null, func: (evt: KeyboardEvent) => unknown): unknown {
		const handler = { modifiers, key, func };
		this.handlers.push(handler);
		return handler;
	}
	unregister(handler: unknown): void {
		this.handlers = this.handlers.filter((candidate) => candidate !== handler);
	}
}
