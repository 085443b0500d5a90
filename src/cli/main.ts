// The headless runner: `node dist/cli.mjs scan|link|unlink|import …` (see README).
console.log("throughline: not yet wired");
