// The word lists the scorer reads around theme mentions — each theme's domain and its aliases'
// context words — compiled as hidden "signal groups" into the same automaton as the aliases, so one
// scan of a note finds them all. A group's mentions carry theme index `themes.length + group`.

import type { ThemeDefinition } from "../model";
import { type AliasContext, domainPhrases } from "./context";

/** A context rule as the scorer applies it: the signal groups to look for, -1 for none. */
export interface CompiledContext {
	near: number;
	notNear: number;
	/** The words, for the reason shown to the reader. */
	nearWords: readonly string[];
	notNearWords: readonly string[];
}

export interface SignalGroups {
	/** Each group's phrases (a group is matched like a theme with these aliases). */
	groups: string[][];
	/** Per theme: its domain's group, or -1 when it needs none. */
	domainOf: number[];
	rules: CompiledContext[];
	/** Per theme: its rules, by the aliases they name (lower-cased). */
	rulesByAlias: Array<Map<string, number[]>>;
}

/** A theme as the signal compiler reads it (domain and contexts are optional). */
export interface ThemeSignals extends ThemeDefinition {
	domain?: string[];
	contexts?: AliasContext[];
}

class GroupTable {
	readonly groups: string[][] = [];
	private readonly byKey = new Map<string, number>();

	/** The group of exactly these phrases (shared by every theme naming the same list), or -1 for none. */
	groupOf(phrases: readonly string[]): number {
		if (phrases.length === 0) return -1;
		const list = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length > 0))];
		const key = list.map((p) => p.toLowerCase()).sort().join("\n");
		let group = this.byKey.get(key);
		if (group === undefined) {
			group = this.groups.push(list) - 1;
			this.byKey.set(key, group);
		}
		return group;
	}
}

/** Compiles every theme's domain and contexts into signal groups and rules. */
export function compileSignals(themes: readonly ThemeSignals[]): SignalGroups {
	const table = new GroupTable();
	const rules: CompiledContext[] = [];
	const rulesByAlias: Array<Map<string, number[]>> = [];
	const domainOf = themes.map((theme) => table.groupOf(domainPhrases(theme.domain ?? [])));
	for (const theme of themes) {
		const byAlias = new Map<string, number[]>();
		for (const context of theme.contexts ?? []) {
			const rule = rules.push({ near: table.groupOf(context.near), notNear: table.groupOf(context.notNear), nearWords: context.near, notNearWords: context.notNear }) - 1;
			for (const alias of context.aliases) {
				const key = alias.trim().toLowerCase();
				byAlias.set(key, [...(byAlias.get(key) ?? []), rule]);
			}
		}
		rulesByAlias.push(byAlias);
	}
	return { groups: table.groups, domainOf, rules, rulesByAlias };
}
