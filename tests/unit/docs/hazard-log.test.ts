// The hazard log (docs/hazard-log.md) names, for every hazard, the test that enforces its control. This
// keeps those names true: an entry without a cause, a control or a test, or a test that was renamed,
// moved or deleted, fails here.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const log = readFileSync(`${root}docs/hazard-log.md`, 'utf8');

interface Hazard { id: string; body: string }

const hazards: Hazard[] = log.split(/^### /m).slice(1).map((section) => {
  const [heading = '', ...lines] = section.split('\n');
  return { id: heading.split(' ')[0] ?? heading, body: lines.join('\n') };
});

/** Each "- **Test**: `file` › "name"" line as [file, name]. */
function enforcingTests(body: string): [string, string][] {
  return [...body.matchAll(/^- \*\*Test\*\*: `([^`]+)` › "(.+)"\s*$/gm)].map((match) => [match[1] ?? '', match[2] ?? '']);
}

describe('the hazard log', () => {
  it('lists hazards, each id once', () => {
    expect(hazards.length).toBeGreaterThan(0);
    const ids = hazards.map((hazard) => hazard.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(hazards.map((hazard) => [hazard.id, hazard]))('%s has a cause, a control and at least one enforcing test', (_id, hazard) => {
    expect(hazard.body).toMatch(/^- \*\*Cause\*\*: \S/m);
    expect(hazard.body).toMatch(/^- \*\*Control\*\*: \S/m);
    expect(enforcingTests(hazard.body).length).toBeGreaterThan(0);
  });

  const named = hazards.flatMap((hazard) => enforcingTests(hazard.body).map(([file, name]) => [hazard.id, file, name] as const));

  it.each(named)('%s: %s holds the test "%s"', (_id, file, name) => {
    expect(existsSync(`${root}${file}`), `${file} exists`).toBe(true);
    expect(readFileSync(`${root}${file}`, 'utf8')).toContain(name);
  });
});
