// A fuzzy picker over theme names, e.g. for "add selection as an alias of a theme".
import { FuzzySuggestModal, type App } from "obsidian";

export interface ThemeChoice {
	id: string;
	name: string;
	path: string | null;
}

export class ThemePickerModal extends FuzzySuggestModal<ThemeChoice> {
	constructor(
		app: App,
		private readonly themes: ThemeChoice[],
		private readonly onPick: (theme: ThemeChoice) => void,
		placeholder = "Choose a theme",
	) {
		super(app);
		this.setPlaceholder(placeholder);
		this.emptyStateText = "No theme with that name.";
	}

	getItems(): ThemeChoice[] {
		return this.themes;
	}

	getItemText(theme: ThemeChoice): string {
		return theme.name;
	}

	onChooseItem(theme: ThemeChoice): void {
		this.onPick(theme);
	}
}
