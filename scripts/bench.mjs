// Engine throughput (`npm run bench`): bundles src/engine with esbuild, then times each public function
// over a fixed number of calls and prints calls per second. A benchmark that prints figures, not a test:
// nothing here fails on speed, only if a call returns an error (which would make the figure meaningless).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'itp-bench-'));
const outfile = join(dir, 'engine.mjs');
await build({ entryPoints: ['src/engine/index.ts'], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
const engine = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true, force: true });

const weekly = (weeks, start, step) => Array.from({ length: weeks }, (_, week) => ({ day: week * 7, count: start + week * step }));
const counts26 = weekly(26, 10, 15);
const chronicAdult = {
  ageYears: 45, count: 12, bleeding: 'minor', monthsSinceDiagnosis: 14,
  prior: [{ therapy: 'ivig', outcome: 'no-response' }, { therapy: 'corticosteroids', outcome: 'dependent' }],
};
const adult = { weightKg: 70, heightCm: 170, ageYears: 45, rhD: 'positive', splenectomised: false, haemoglobinGdL: 12 };

const cases = [
  ['recommend (chronic steroid-dependent adult)', () => engine.recommend(chronicAdult)],
  ['recommend (life-threatening bleed)', () => engine.recommend({ ...chronicAdult, bleeding: 'life-threatening' })],
  ['toMermaid', () => ({ ok: true, value: engine.toMermaid() })],
  ['titrate romiplostim, 26 weeks', () => engine.titrate({ agent: 'romiplostim', weightKg: 70, counts: counts26 })],
  ['titrate eltrombopag, 26 weeks', () => engine.titrate({ agent: 'eltrombopag', options: { ageYears: 45 }, counts: counts26 })],
  ['titrate avatrombopag, 26 weeks', () => engine.titrate({ agent: 'avatrombopag', options: { ageYears: 45 }, counts: counts26 })],
  ['titrate fostamatinib, 26 weeks', () => engine.titrate({ agent: 'fostamatinib', options: { ageYears: 45 }, counts: counts26 })],
  ['planRegimen multiagent-rescue', () => engine.planRegimen('multiagent-rescue', adult)],
  ['planRegimen rituximab-standard', () => engine.planRegimen('rituximab-standard', adult)],
  ['bodySurfaceArea', () => engine.bodySurfaceArea({ weightKg: 70, heightCm: 170 })],
  ['assessResponse, 5 counts', () => engine.assessResponse({ baselineCount: 12, counts: weekly(6, 20, 20).slice(1), bleeding: false })],
];

const CALLS = 10_000;
console.log(`Engine throughput: ${CALLS.toLocaleString('en')} calls each, Node ${process.versions.node}\n`);
console.log('calls/s      µs/call   function');
let problems = 0;
for (const [name, call] of cases) {
  const first = call();
  if (!first.ok) {
    problems += 1;
    console.log(`ERROR        ${name}: ${JSON.stringify(first.errors)}`);
    continue;
  }
  for (let i = 0; i < 200; i += 1) call();
  const start = performance.now();
  for (let i = 0; i < CALLS; i += 1) call();
  const ms = performance.now() - start;
  console.log(`${Math.round((CALLS / ms) * 1000).toLocaleString('en').padStart(10)}  ${((ms * 1000) / CALLS).toFixed(1).padStart(8)}   ${name}`);
}
process.exit(problems === 0 ? 0 : 1);
