// One minified classic script (an IIFE, no module syntax) from an entry: what a service worker, a page
// opened from a file and a SCORM package in a learning platform's frame can all run. esbuild is a
// devDependency; the offline worker (offline.mjs) and the SCORM activities (src/scorm/build.ts) use it.
import { build } from 'esbuild';

/**
 * @param {string} entry the source file
 * @param {Record<string, string>} [define] globals replaced at build
 * @returns {Promise<string>} the script's text
 */
export async function classicScript(entry, define = {}) {
  const result = await build({
    entryPoints: [entry], bundle: true, format: 'iife', minify: true, legalComments: 'none', write: false, target: 'es2020', define,
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`esbuild wrote no script for ${entry}.`);
  return output.text;
}
