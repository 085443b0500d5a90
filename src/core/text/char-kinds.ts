// Whitespace and word characters as the readable-text walkers define them (one definition for all).

const NBSP = 160;
const BOM = 0xfeff;
const BULLET = 0x2022;

export function isSpaceCode(code: number): boolean {
	if (code <= 32) return code === 32 || code === 9 || code === 10 || code === 13;
	return code === NBSP || code === BOM; // letters, the common case, take two comparisons
}

export function isWordCode(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && !isSpaceCode(code) && code !== BULLET && (code < 0x2000 || code > 0x206f));
}
