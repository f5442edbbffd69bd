// Choice scripts (src/tools/<tool>/on-choice/*.ts: a regimen's, an agent's or a population's rules, loaded
// when the reader chooses them) use the helpers their tool's own script already carries, instead of each
// bundling its own copy (DESIGN.md "Budgets": load what the reader chose, and only that). Each tool script
// and choice script stays one classic script (Tool.astro says why); what changes is that a tool's script
// fills one list on a global as it starts (`itpPathwayShared.<tool>`), and a choice script reads the names
// it shares with the tool from that list. A regimen's script then holds its own rules, not a second copy of
// the formatting gate and the dose-rule helpers (the multi-agent rescue: 4.5 → 2.2 KB gzip).
//
// Which names: a file is shared when every script of the tool (start.ts, embed.ts) bundles it after
// tree-shaking, planned once per build with esbuild (a devDependency) with the engine free of side effects
// as the real build has it (astro.config.mjs); a choice then reads every name it imports from such a file,
// as written in its modules. The plan decides bytes only: the tool's scripts fill the list with every name
// any of its choices reads, and a name missing from it is a missing export that stops the build.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tools = path.join(root, 'src/tools');
/** The global a tool's script puts its shared modules on. */
const GLOBAL = 'itpPathwayShared';
const REGISTER = '\0itp-pathway:register-shared-modules';
const SHARED = '\0itp-pathway:shared:';

const relative = (file) => path.relative(root, file).split(path.sep).join('/');

const esbuildOptions = {
  bundle: true, write: false, jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'silent', absWorkingDir: root,
  outdir: path.join(root, 'node_modules/.cache/shared-choice-modules'), outbase: root, entryNames: '[dir]/[name]',
};

/** The file a relative import names (the tools and the engine name TypeScript files without extension). */
const fileFor = (base) => [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((file) => /\.[cm]?[jt]sx?$/.test(file) && existsSync(file));

/** esbuild's view of the build: the engine free of side effects (as astro.config.mjs has it), `external` files left out. */
const resolver = (external = new Set()) => ({
  name: 'engine-without-side-effects',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      const file = fileFor(path.resolve(args.resolveDir, args.path));
      if (file === undefined) return undefined;
      return { path: file, external: external.has(file), sideEffects: !/[\\/]src[\\/]engine[\\/]/.test(file) };
    });
  },
});

/** The files esbuild keeps in a bundle of each of `entries` after tree-shaking: entry → files. */
async function bundled(entries) {
  const result = await build({ ...esbuildOptions, entryPoints: entries, metafile: true, format: 'iife', minify: true, plugins: [resolver()] });
  const kept = new Map();
  for (const output of Object.values(result.metafile.outputs)) {
    if (output.entryPoint === undefined) continue;
    kept.set(path.join(root, output.entryPoint), new Set(Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0).map(([file]) => path.join(root, file))));
  }
  return kept;
}

/**
 * The names a module imports from each of `shared`, as written (`import { a, b as c } from './x'`): the
 * bundler resolves every import before it drops unused code, so a choice must be offered all of them.
 */
function importsFrom(file, shared) {
  const names = new Map();
  const text = readFileSync(file, 'utf8');
  for (const [statement, list, specifier] of text.matchAll(/\b(?:import|export)\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    if (/^(?:import|export)\s+type\b/.test(statement) || !specifier.startsWith('.')) continue;
    const target = fileFor(path.resolve(path.dirname(file), specifier));
    if (target === undefined || !shared.has(target)) continue;
    const imported = list.split(',').map((item) => item.trim()).filter((item) => item !== '' && !item.startsWith('type '))
      .map((item) => item.split(/\s+as\s+/)[0]);
    names.set(target, new Set([...(names.get(target) ?? []), ...imported]));
  }
  // A namespace, a default or a star: names the bundler cannot list here.
  const whole = /\b(?:import\s+\*\s+as\s+[\w$]+|import\s+(?!type\b)[A-Za-z_$][\w$]*\s*(?:,[^;]*?)?|export\s+\*(?:\s+as\s+[\w$]+)?)\s+from\s*['"]([^'"]+)['"]/g;
  for (const [, specifier] of text.matchAll(whole)) {
    const target = specifier.startsWith('.') ? fileFor(path.resolve(path.dirname(file), specifier)) : undefined;
    if (target !== undefined && shared.has(target)) throw new Error(`${relative(file)} imports ${relative(target)} other than by name: name what it uses.`);
  }
  return names;
}

/** The names each of `choices` reads from each `shared` file, over every module it bundles: choice → file → names. */
async function namesUsed(choices, shared) {
  const result = await build({ ...esbuildOptions, entryPoints: choices, metafile: true, format: 'esm', plugins: [resolver(shared)] });
  const used = new Map();
  for (const choice of choices) {
    // Every module the choice reaches, whether or not any of its code is kept.
    const reached = new Set();
    const visit = (input) => {
      if (reached.has(input) || result.metafile.inputs[input] === undefined) return;
      reached.add(input);
      for (const imported of result.metafile.inputs[input].imports) if (imported.external !== true) visit(imported.path);
    };
    visit(relative(choice));
    const names = new Map();
    for (const input of reached) {
      for (const [target, list] of importsFrom(path.join(root, input), shared)) names.set(target, new Set([...(names.get(target) ?? []), ...list]));
    }
    used.set(choice, names);
  }
  return used;
}

/**
 * For every tool with choice scripts, one list of the (file, name) pairs any of its choices reads, in a
 * fixed order: each choice script reads a pair by its place in the list, from the tool's entry on the
 * global, and each script of the tool fills that list as it starts.
 */
async function planSharedModules() {
  const folders = readdirSync(tools).map((tool) => ({
    tool,
    hosts: ['start.ts', 'embed.ts'].map((name) => path.join(tools, tool, name)).filter((file) => existsSync(file)),
    folder: path.join(tools, tool, 'on-choice'),
  })).filter(({ folder }) => existsSync(folder));
  const kept = await bundled(folders.flatMap(({ hosts }) => hosts));
  const choices = new Map();
  const hosts = new Map();
  await Promise.all(folders.map(async ({ tool, hosts: scripts, folder }) => {
    const [first, ...others] = scripts.map((host) => kept.get(host) ?? new Set());
    const shared = new Set([...(first ?? [])].filter((file) => file.startsWith(path.join(root, 'src', path.sep)) && others.every((set) => set.has(file))));
    const entries = readdirSync(folder).filter((file) => file.endsWith('.ts')).map((name) => path.join(folder, name)).sort();
    const used = await namesUsed(entries, shared);
    const pairs = [...new Set([...used.values()].flatMap((names) => [...names].flatMap(([file, list]) => [...list].map((name) => `${file}#${name}`))))].sort();
    const list = pairs.map((pair) => ({ file: pair.slice(0, pair.lastIndexOf('#')), name: pair.slice(pair.lastIndexOf('#') + 1) }));
    const place = new Map(pairs.map((pair, index) => [pair, index]));
    for (const [choice, names] of used) {
      choices.set(choice, { tool, files: new Map([...names].map(([file, list]) => [file, [...list].map((name) => ({ name, index: place.get(`${file}#${name}`) }))])) });
    }
    for (const host of scripts) hosts.set(host, { tool, list });
  }));
  return { choices, hosts };
}

/**
 * The worker build's plugin (one instance per script, vite.worker.plugins): a tool script fills its list
 * before anything else runs; a choice script reads from it.
 */
let planned;
export function sharedChoiceModules() {
  let entry;
  let plan = { choices: new Map(), hosts: new Map() };
  return {
    name: 'itp-pathway:shared-choice-modules',
    apply: 'build',
    // Before Vite's resolver, which would otherwise resolve the shared files as the choice's own.
    enforce: 'pre',
    async buildStart(options) {
      // Made once per build, on the first script bundled.
      plan = await (planned ??= planSharedModules());
      const input = Array.isArray(options.input) ? options.input[0] : typeof options.input === 'string' ? options.input : Object.values(options.input ?? {})[0];
      entry = input === undefined ? undefined : path.resolve(input.replace(/\?.*$/, ''));
    },
    async resolveId(source, importer, options) {
      if (source === REGISTER || source.startsWith(SHARED)) return source;
      const files = plan.choices.get(entry)?.files;
      if (files === undefined || importer === undefined || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved !== null && files.has(resolved.id) ? SHARED + resolved.id : resolved;
    },
    load(id) {
      // A choice's view of a shared file: the names it imports, read from its tool's list. A name the plan
      // missed is a missing export, and the build stops there rather than a choice failing in a browser.
      if (id.startsWith(SHARED)) {
        const choice = plan.choices.get(entry);
        const names = choice?.files.get(id.slice(SHARED.length)) ?? [];
        return `const shared = globalThis.${GLOBAL}[${JSON.stringify(choice?.tool)}];\n` +
          names.map(({ name, index }) => `export const ${name} = shared[${index}];`).join('\n');
      }
      if (id !== REGISTER) return null;
      const host = plan.hosts.get(entry);
      if (host === undefined) return 'export {};';
      return [
        ...host.list.map(({ file, name }, index) => `import { ${name} as m${index} } from ${JSON.stringify(file)};`),
        `(globalThis.${GLOBAL} ??= {})[${JSON.stringify(host.tool)}] = [${host.list.map((_, index) => `m${index}`).join(', ')}];`,
      ].join('\n');
    },
    transform(code, id) {
      // First import of the tool's entry: ES imports run in order, so the list is filled before the tool
      // starts and can load a choice.
      if (plan.hosts.has(entry) && path.resolve(id.replace(/\?.*$/, '')) === entry) return `import ${JSON.stringify(REGISTER)};\n${code}`;
      return null;
    },
  };
}
