// One floating label per chart that says the figures under the pointer (or the keyboard's cursor) at
// once, where an SVG <title> waits a second and cannot be styled. Placed through CSS variables.

export interface ChartTooltip {
	/** Shows `text` just above `target`, kept inside the chart's box. */
	show(text: string, target: Element): void;
	hide(): void;
}

const GAP = 4; // pixels between the tooltip and what it describes

/** `host` must be positioned (styles.css gives the charts `position: relative`). */
export function createTooltip(host: HTMLElement): ChartTooltip {
	const tip = host.createDiv({ cls: "throughline-tooltip", attr: { role: "status" } });
	tip.hide();
	return {
		show(text, target) {
			tip.setText(text);
			tip.show();
			const hostBox = host.getBoundingClientRect();
			const box = target.getBoundingClientRect();
			const width = tip.offsetWidth;
			const centre = box.left - hostBox.left + box.width / 2;
			const left = Math.max(0, Math.min(centre - width / 2, host.clientWidth - width));
			const above = box.top - hostBox.top - tip.offsetHeight - GAP;
			const top = above >= 0 ? above : box.bottom - hostBox.top + GAP; // no room above the first row: below it
			tip.setCssProps({ "--throughline-tip-x": `${Math.round(left)}px`, "--throughline-tip-y": `${Math.round(top)}px` });
		},
		hide() {
			tip.hide();
		},
	};
}
