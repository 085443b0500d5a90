import { defineConfig } from "vitest/config";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export default defineConfig({
	resolve: {
		// The obsidian package ships types only; tests run against the project's faithful fake.
		alias: { obsidian: fileURLToPath(new URL("./tests/fake-obsidian/index.ts", import.meta.url)) },
	},
	test: {
		include: ["tests/**/*.test.ts"],
		environment: "node",
		testTimeout: 60_000, // generous: bundle and browser tests build or launch first
		hookTimeout: 120_000, // browser start-up on a busy 2-core machine
		env: { THROUGHLINE_CACHE_DIR: join(tmpdir(), "throughline-test-cache") }, // scans in tests never fill the user's ~/.cache
	},
});
