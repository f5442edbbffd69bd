// The declared entry points of titration (issue #21 item 2): the shared one carries no agent, and an agent's
// own carries that agent alone, so a page loads only the agent chosen. Checked on real bundles (esbuild, as
// Vite builds for production), by looking for each agent's label table title in the output.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { allAgents } from '../../../../src/engine/titration/all-agents';
import { titrationAgents, type Agent } from '../../../../src/engine/titration';

const root = new URL('../../../../', import.meta.url).pathname;

/** The agents whose label table a bundle of `contents` carries. */
async function agentsIn(contents: string): Promise<Agent[]> {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format: 'esm', minify: true, logLevel: 'silent',
  });
  const text = out.outputFiles[0]?.text ?? '';
  return titrationAgents.filter((agent) => text.includes(allAgents[agent].label('us-label').title));
}

describe('titration entry points', () => {
  it('the shared entry point (walker, monitoring, label tables, shapes) carries no agent', async () => {
    const uses = 'titrateWith, monitoringPlanWith, titrationTableOf, boundText, stableDefinition, afterStopDefinition, agents';
    expect(await agentsIn(`import { ${uses} } from './src/engine/titration/index.ts'; console.log(${uses});`)).toEqual([]);
  });

  it.each(titrationAgents)('%s: its entry point, passed to titrateWith, carries that agent alone', async (agent) => {
    const contents = `import { titrateWith } from './src/engine/titration/index.ts';
      import { ${agent}Source } from './src/engine/titration/${agent}.ts';
      console.log(titrateWith({ ${agent}: ${agent}Source }));`;
    expect(await agentsIn(contents)).toEqual([agent]);
  });

  it('all-agents carries the four, for the contract titrate', async () => {
    expect(await agentsIn("import { titrate } from './src/engine/titration/all-agents.ts'; console.log(titrate);")).toEqual([...titrationAgents]);
  });
});
