// Copies the built plugin into a vault: `npm run deploy -- /path/to/vault`.
import { copyFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const vault = process.argv[2];
if (!vault) {
	console.error("usage: npm run deploy -- <vault folder>");
	process.exit(2);
}
const root = resolve(vault);
if (!existsSync(root) || !statSync(root).isDirectory()) {
	console.error(`${root}: not a folder`);
	process.exit(2);
}
const target = join(root, ".obsidian", "plugins", "throughline");
mkdirSync(target, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) {
	copyFileSync(file, join(target, file));
}
console.log(`Installed Throughline into ${target}. Enable it under Settings → Community plugins.`);
