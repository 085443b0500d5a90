// One theme's passages grouped by document, for a panel or a modal that shows a single theme.
import type { PassageActions, ThemeDetailModel } from "../view-models";
import { plural } from "./interaction";
import { renderDocumentPassages } from "./passages";

export function renderThemeDetail(el: HTMLElement, model: ThemeDetailModel, actions: PassageActions): void {
	el.empty();
	el.addClass("throughline-theme-detail");
	if (model.documents.length === 0) {
		el.createDiv({ cls: "throughline-empty throughline-muted", text: "No passages mention this theme yet." });
		return;
	}
	const passages = model.documents.reduce((sum, doc) => sum + doc.passages.length, 0);
	el.createDiv({ cls: "throughline-muted", text: `${plural(passages, "passage", "passages")} in ${plural(model.documents.length, "document", "documents")}` });
	for (const doc of model.documents) renderDocumentPassages(el, doc, actions);
}
