// Which parameters and panels each embed page offers: the case fields its tool shows, its own settings,
// and the display settings; nothing meant for another tool or another agent.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { panelIds } from '../tools/shared/panels';
import { widget, widgetParams, widgets, type WidgetId } from './widgets';

const names = (id: WidgetId) => widgetParams(widget(id)).map((spec) => spec.name);

describe('widgetParams', () => {
  it.each([
    ['dose', ['age', 'wt', 'wtok', 'wtu', 'ht', 'htu', 'preg', 'liver', 'rhd', 'splen', 'hb', 'hbu', 'regimen', 'bsa', 'datneg', 'pred', 'theme', 'hide', 'quiz']],
    ['titration-romiplostim', ['age', 'wt', 'wtok', 'wtu', 'agent', 'counts', 'cu', 'rules', 'entry', 'start', 'theme', 'hide', 'quiz']],
    ['titration-eltrombopag', ['age', 'liver', 'agent', 'counts', 'cu', 'asian', 'entry', 'start', 'theme', 'hide', 'quiz']],
    ['titration-avatrombopag', ['age', 'agent', 'counts', 'cu', 'cyp', 'entry', 'start', 'theme', 'hide', 'quiz']],
    ['titration-fostamatinib', ['age', 'agent', 'counts', 'cu', 'entry', 'start', 'theme', 'hide', 'quiz']],
    ['response', ['base', 'counts', 'cu', 'rbleed', 'theme', 'hide', 'quiz']],
    ['walker', ['age', 'plt', 'pltu', 'bleed', 'months', 'prior', 'preg', 'gest', 'deliv', 'anticoag', 'procedure', 'qol', 'view', 'theme', 'hide', 'quiz']],
    ['algorithm', ['theme', 'hide']],
    ['overview', ['theme', 'hide']],
  ] as const)('%s', (id, expected) => {
    expect(names(id)).toEqual(expected);
  });

  it('lets a titration page take only its own agent', () => {
    expect(widgetParams(widget('titration-avatrombopag')).find((spec) => spec.name === 'agent')).toMatchObject({
      kind: { type: 'choice', allowed: ['avatrombopag'] }, default: 'avatrombopag',
    });
  });

  it('lets `hide` name only the widget’s own panels', () => {
    for (const entry of widgets) {
      expect(widgetParams(entry).find((spec) => spec.name === 'hide')?.kind, entry.id).toEqual({ type: 'set', allowed: entry.panels });
    }
  });
});

describe('panels', () => {
  const css = readFileSync(new URL('../styles/embed.css', import.meta.url), 'utf8');

  it.each(panelIds.map((id) => [id]))('embed.css hides "%s"', (id) => {
    expect(css).toContain(`[data-hide~='${id}']`);
  });
});
