// Giving the main thread back between slices of indexing. A 0 ms timer is the usual way, and what
// runs while Obsidian's window is shown. But Chromium (so Obsidian's window) runs a hidden window's
// timers at most about once a second: 10,000 notes indexed in a few hundred slices would take
// minutes whenever Obsidian is minimised. While the window is hidden, a message through a
// MessageChannel is the next task instead: no background throttling holds it back.

let channel: MessageChannel | null = null;
const waiting: Array<() => void> = [];

function openChannel(): MessageChannel {
	const opened = new MessageChannel();
	opened.port1.onmessage = () => waiting.shift()?.();
	(opened.port1 as { unref?: () => void }).unref?.(); // under Node (tests), an open port must not keep the process alive
	return opened;
}

function windowHidden(): boolean {
	return typeof document !== "undefined" && document.visibilityState === "hidden";
}

/** Resolves on a later task: a 0 ms timer, or a channel message while the window is hidden (and MessageChannel exists). */
export function yieldToMain(): Promise<void> {
	if (!windowHidden() || typeof MessageChannel === "undefined") return new Promise((resolve) => window.setTimeout(resolve, 0));
	channel ??= openChannel();
	const port = channel.port2;
	return new Promise((resolve) => {
		waiting.push(resolve);
		port.postMessage(null);
	});
}
