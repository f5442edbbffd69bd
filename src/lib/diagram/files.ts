/** The Mermaid files under src/diagrams, by name, bundled as text at build time. */
const files = import.meta.glob<string>('../../diagrams/*.mmd', { query: '?raw', import: 'default', eager: true });

export const diagramFiles: Record<string, string> = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.replace(/^.*\/([^/]+)\.mmd$/, '$1'), text]),
);

export function diagramSource(name: string): string | undefined {
  return diagramFiles[name];
}
