// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { starlightInlineScriptHashes } from './src/lib/csp/inline-hashes.mjs';
import citedOn from './src/integrations/cited-on.mjs';
import headers from './src/integrations/headers.mjs';
import lazySearch from './src/integrations/lazy-search.mjs';
import offline from './src/integrations/offline.mjs';
import { buildVersion } from './src/integrations/build-version.mjs';
import pageCsp from './src/integrations/page-csp.mjs';
import terseToolScripts from './src/integrations/terse-tool-scripts.mjs';
import { sharedChoiceModules } from './src/integrations/shared-choice-modules.mjs';

// One version per build, shared by the pages (src/lib/version.ts) and the service worker.
const version = buildVersion();

export default defineConfig({
  site: 'https://itp-pathway.example.org',
  // Every page is prerendered to plain files: nothing runs on a server, nothing typed leaves the browser.
  output: 'static',
  trailingSlash: 'ignore',
  // Prefetching costs every page 1 KB of JavaScript and fetches pages the reader may never open.
  prefetch: false,
  // Stylesheets stay files: an inlined <style> needs its own CSP hash, and one missed hash blanks a page.
  build: { inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      // Style attributes (theme toggles, SVG custom properties) are not script: the budget forbids
      // 'unsafe-inline' for scripts only (DESIGN.md).
      scriptDirective: { hashes: starlightInlineScriptHashes() },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: {
    define: {
      'import.meta.env.ITP_BUILT': JSON.stringify(version.built),
      'import.meta.env.ITP_COMMIT': JSON.stringify(version.commit ?? ''),
    },
    // The tools' self-contained bundles (`?worker&url`, see src/components/site/Tool.astro): the bundler keeps
    // its tree-shaking hints (/* @__PURE__ */ before every JSX call) in the minified output unless told.
    // The engine has no side effects at load (a leaf: no DOM, no clock, no I/O; the boundary test holds it
    // to that), so a module of it that nothing uses is left out even when it builds data at the top level.
    // That keeps a tool that imports the engine through its entry points (src/engine/index.ts and the
    // others the boundary test names) as small as one that reached into the engine's internal modules.
    worker: {
      // Choice scripts read the modules their tool's script already carries (shared-choice-modules.mjs);
      // terser over each finished tool script (terse-tool-scripts.mjs).
      plugins: () => [sharedChoiceModules(), terseToolScripts()],
      rolldownOptions: {
        output: { comments: false },
        treeshake: { moduleSideEffects: (id) => !/[\\/]src[\\/]engine[\\/]/.test(id) },
      },
    },
    plugins: [
      // Starlight's Search with our script: Pagefind's UI (~26 KB gzip) loads on first use, not on every
      // page (DESIGN.md "Budgets").
      lazySearch(),
      // Starlight's Page writes the sidebar-state script (save the folded groups and scroll position) into
      // every page. Our Sidebar override has no persister for it to save to, so it would only be dead code
      // in every page's JavaScript: it is loaded as an empty module instead.
      {
        name: 'itp-pathway:no-sidebar-state',
        enforce: 'pre',
        load(id) {
          if (/components-internals\/SidebarPersistState\.[jt]s$/.test(id)) return 'export {};';
        },
      },
    ],
  },
  integrations: [
    // Starlight adds this integration itself unless the config has one: ours leaves out the embed pages,
    // which are noindex by design (a sitemap lists the pages a search engine should index).
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') }),
    starlight({
      title: 'ITP Pathway',
      description:
        'What next for immune thrombocytopenia with severe thrombocytopenia after IVIG has failed: cited guidance and browser-only dose tools.',
      lastUpdated: false,
      pagination: true,
      sidebar: [
        { label: 'Answer', items: [{ label: 'The bottom line', link: '/' }] },
        { label: 'Guidance', items: [{ autogenerate: { directory: 'guidance' } }] },
        { label: 'Algorithm', items: [{ autogenerate: { directory: 'algorithm' } }] },
        { label: 'Tools', items: [{ autogenerate: { directory: 'tools' } }] },
        { label: 'Teach', items: [{ autogenerate: { directory: 'teach' } }] },
        { label: 'Reference', items: [{ autogenerate: { directory: 'reference' } }] },
      ],
      components: {
        // Title + last-reviewed date + the clinical-judgement notice on every page.
        PageTitle: './src/components/overrides/PageTitle.astro',
        // Appends the numbered reference list for the page's citations.
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // One language: no picker, and none of its script on every page.
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
        // No sidebar state persistence: two inline scripts on every page for a sidebar that fits a screen.
        Sidebar: './src/components/overrides/Sidebar.astro',
        // Adds the offline service worker's registration to every page.
        Head: './src/components/overrides/Head.astro',
        // Starlight's theme script, minified: it is written into every page.
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
      },
      customCss: ['./src/styles/utilities.css', './src/styles/theme.css', './src/styles/tables.css', './src/styles/diagram.css', './src/styles/tools.css', './src/styles/titration.css', './src/styles/teach.css', './src/styles/print.css'],
    }),
    // Before offline(): the service worker's cache name hashes the finished pages.
    citedOn(),
    pageCsp(),
    headers(),
    offline({ version: version.id }),
  ],
});
