// An embed's link checked against its widget's rules: what is kept, what is left out, and what the reader is told.
import { describe, expect, it } from 'vitest';
import { checkParams } from './check-params';
import type { ParamRule } from '../shared/params';

const rules: ParamRule[] = [
  { name: 'wt', kind: { type: 'number' }, default: '' },
  { name: 'wtu', kind: { type: 'choice', allowed: ['kg', 'lb'] }, default: 'kg' },
  { name: 'bleed', kind: { type: 'choice', allowed: ['none', 'minor'] }, default: '' },
  { name: 'preg', kind: { type: 'flag' }, default: '' },
  { name: 'start', kind: { type: 'date' }, default: '' },
  { name: 'hide', kind: { type: 'set', allowed: ['case', 'notes'] }, default: '' },
  { name: 'prior', kind: { type: 'pairs', first: ['ivig', 'rituximab'], second: ['response', 'no-response'], form: 'therapy:outcome' }, default: '' },
  { name: 'counts', kind: { type: 'counts', parts: 2, form: 'day:count' }, default: '' },
];

const check = (query: string) => {
  const { clean, notices } = checkParams(new URLSearchParams(query), rules, 'test widget');
  return { clean: clean.toString(), notices };
};

describe('checkParams keeps what is usable', () => {
  it.each([
    ['wt=70', 'wt=70'],
    ['wt=72,5', 'wt=72%2C5'],
    ['wtu=lb', 'wtu=lb'],
    ['preg=0', 'preg=0'],
    ['start=2026-02-28', 'start=2026-02-28'],
    ['hide=case,notes', 'hide=case%2Cnotes'],
    ['prior=ivig:no-response,rituximab:response', 'prior=ivig%3Ano-response%2Crituximab%3Aresponse'],
    ['counts=0:20,7:35.5', 'counts=0%3A20%3B7%3A35.5'], // an old link's commas, kept in the new form
    ['counts=0:20;7:35%2C5', 'counts=0%3A20%3B7%3A35%252C5'], // a decimal comma stays inside its count
    ['wt=%2070%20', 'wt=70'],
  ])('%s', (query, clean) => {
    expect(check(query)).toEqual({ clean, notices: [] });
  });

  it('drops an empty value silently: "not given" needs no notice', () => {
    expect(check('wt=&bleed=')).toEqual({ clean: '', notices: [] });
  });

  it('reads a repeated parameter once, by its first value, as the stores do', () => {
    expect(check('wt=70&wt=80')).toEqual({ clean: 'wt=70', notices: [] });
  });
});

describe('checkParams leaves out what is not, and says so', () => {
  it.each([
    ['wt=heavy', '“wt=heavy” is not a number; it was not used.'],
    ['wtu=stone', '“wtu=stone” is not one of kg, lb; kg was used.'],
    ['bleed=lots', '“bleed=lots” is not one of none, minor; it was not used.'],
    ['preg=yes', '“preg=yes” must be 1 (yes) or 0 (no); it was not used.'],
    ['start=2026-02-30', '“start=2026-02-30” is not a date written YYYY-MM-DD; it was not used.'],
    ['colour=red', '“colour” is not a setting of the test widget; it was ignored.'],
  ])('%s', (query, notice) => {
    expect(check(query)).toEqual({ clean: '', notices: [notice] });
  });

  it.each([
    ['hide=case,footer', 'hide=case', '“hide=…footer…” is not one of case, notes; it was left out.'],
    ['prior=ivig:no-response,ivig:maybe', 'prior=ivig%3Ano-response', '“prior=…ivig:maybe…” is not therapy:outcome; it was left out.'],
    ['prior=ivig:response:x', '', '“prior=…ivig:response:x…” is not therapy:outcome; it was left out.'],
    ['counts=0:20,7', 'counts=0%3A20', '“counts=…7…” is not day:count; it was left out.'],
    ['counts=0:20:70', '', '“counts=…0:20:70…” is not day:count; it was left out.'],
    ['counts=0:x', '', '“counts=…0:x…” is not day:count; it was left out.'],
  ])('%s keeps the usable parts', (query, clean, notice) => {
    expect(check(query)).toEqual({ clean, notices: [notice] });
  });

  it('reports every problem in the order of the link', () => {
    expect(check('a=1&wt=70&wtu=st').notices).toEqual([
      '“a” is not a setting of the test widget; it was ignored.',
      '“wtu=st” is not one of kg, lb; kg was used.',
    ]);
  });
});
