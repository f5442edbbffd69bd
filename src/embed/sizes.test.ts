// The snippet heights a reader copies without the builder (the README's) are the measured ones
// (sizes.json, written by scripts/measure-embed-heights.mjs and held to the widgets by embed-matrix.spec.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sizes from './sizes.json';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const measured: Readonly<Record<string, { preset: string; height: number } | undefined>> = sizes.widgets;
const frames = [...readme.matchAll(/<iframe src="[^"]*\/embed\/([^/"]+)\/\??([^"]*)"[\s\S]*?height="(\d+)"/g)];

describe('the README’s embed snippet', () => {
  it('has a frame to check', () => {
    expect(frames.length).toBeGreaterThan(0);
  });

  it.each(frames.map((match) => [match[1] ?? '', match[2] ?? '', Number(match[3])] as const))('%s?%s is %i px high, as measured with that preset at 600 px', (widget, preset, height) => {
    expect(sizes.width).toBe(600);
    expect(measured[widget]).toEqual({ preset, height });
  });
});
