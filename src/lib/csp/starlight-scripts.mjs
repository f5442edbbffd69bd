// The inline scripts of Starlight's own components, read from the installed Starlight: what they write with
// `is:inline` is the code that reaches every page, so reading it here keeps our hashes and our minified copy
// right after an upgrade.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INLINE_SCRIPT = /<script\s+is:inline(?:\s[^>]*)?>([\s\S]*?)<\/script>/g;

// The package's exports hide package.json; its main entry sits in dist/ beside components/.
const componentsDir = () => join(dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight'))), 'components');

/** The `is:inline` scripts of one Starlight component ("ThemeProvider.astro"), in source order. */
export function inlineScriptsOf(component) {
  return [...readFileSync(join(componentsDir(), component), 'utf8').matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? '');
}
