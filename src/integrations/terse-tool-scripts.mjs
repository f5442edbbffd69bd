// The tools' self-contained scripts (`?worker&url`, src/components/site/Tool.astro) minified once more by
// terser after the bundler's own minifier: its repeated compress passes and top-level mangling take a
// further 2–3 % gzip off each tool script and choice script (measured on the titration embed, 30.3 → 29.6 KB),
// bytes every tool page and embed carries against its 30 KB budget (DESIGN.md "Budgets"). Each script is one
// IIFE with nothing exported, so renaming its top-level names is safe; unsafe transforms stay off.
import { minify } from 'terser';

const options = { compress: { passes: 3 }, mangle: { toplevel: true }, toplevel: true, format: { comments: false } };

export default function terseToolScripts() {
  return {
    name: 'itp-pathway:terse-tool-scripts',
    async generateBundle(_output, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(chunk.code, options);
        if (result.code === undefined) throw new Error(`terser returned nothing for ${chunk.fileName}`);
        chunk.code = result.code;
      }
    },
  };
}
