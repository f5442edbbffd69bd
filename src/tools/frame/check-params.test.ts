// An embed's link checked against its widget's rules: what is kept, what is left out, and what the reader is told.
import { describe, expect, it } from 'vitest';
import { checkParams } from './check-params';
import type { ParamRule } from '../shared/params';

const rules: ParamRule[] = [
  { name: 'age', kind: { type: 'number' }, default: '' },
  { name: 'months', kind: { type: 'number' }, default: '' },
  { name: 'plt', kind: { type: 'number' }, default: '' },
  { name: 'pltu', kind: { type: 'choice', allowed: ['x10^9/L', 'x10^3/uL', '/uL'] }, default: 'x10^9/L' },
  { name: 'wt', kind: { type: 'number' }, default: '' },
  { name: 'wtu', kind: { type: 'choice', allowed: ['kg', 'lb'] }, default: 'kg' },
  { name: 'bleed', kind: { type: 'choice', allowed: ['none', 'minor'] }, default: '' },
  { name: 'preg', kind: { type: 'flag' }, default: '' },
  { name: 'start', kind: { type: 'date' }, default: '' },
  { name: 'entry', kind: { type: 'choice', allowed: ['day', 'week', 'date'] }, default: 'day', needs: { date: 'start' } },
  { name: 'cu', kind: { type: 'choice', allowed: ['x10^9/L', 'x10^3/uL', '/uL'] }, default: 'x10^9/L' },
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

  it('ignores marketing parameters a shared link picks up, without a word to the learner', () => {
    expect(check('utm_source=newsletter&wt=70&fbclid=abc&gclid=x&mc_cid=1&mc_eid=2&UTM_MEDIUM=email')).toEqual({ clean: 'wt=70', notices: [] });
  });
});

describe('checkParams reports what the educator would not notice', () => {
  it('reads a repeated parameter once, by its first value, as the stores do, and says so', () => {
    expect(check('wt=70&wt=80')).toEqual({ clean: 'wt=70', notices: ['“wt” is given 2 times; only the first was read.'] });
  });

  it('falls back when a value needs another that is missing (entry=date without start)', () => {
    expect(check('entry=date')).toEqual({ clean: '', notices: ['“entry=date” needs “start” as well; day was used.'] });
    expect(check('entry=date&start=2026-02-01')).toEqual({ clean: 'entry=date&start=2026-02-01', notices: [] });
    expect(check('entry=week')).toEqual({ clean: 'entry=week', notices: [] });
  });

  it('cuts a long value in its notice, so a pasted paragraph never fills the frame', () => {
    const long = 'x'.repeat(5000);
    const { notices } = check(`wtu=${long}`);
    expect(notices).toEqual([`“wtu=${'x'.repeat(40)}…” is not one of kg, lb; kg was used.`]);
    expect(check(`${long}=1`).notices[0]?.length).toBeLessThan(120);
  });
});

describe('checkParams range-checks numbers with the engine’s readers, in the link’s unit', () => {
  it.each([
    ['wt=5000', '“wt=5000” could not be used: the weight must be between 0.5 kg and 350 kg; it was not used.'],
    ['wt=800&wtu=lb', '“wt=800” could not be used: the weight must be between 0.5 kg and 350 kg (800 lb = 362.87 kg); it was not used.'],
    ['plt=20000', '“plt=20000” could not be used: 20,000 ×10⁹/L is not a plausible platelet count; it looks like a value in /µL, which would be 20 ×10⁹/L. Check the number and the unit; it was not used.'],
    ['months=-1', '“months=-1” could not be used: the time since diagnosis cannot be negative; it was not used.'],
    ['age=200', '“age=200” could not be used: the age must be between 0 years and 120 years; it was not used.'],
  ])('%s', (query, notice) => {
    expect(check(query).notices).toEqual([notice]);
  });

  it.each([['wt=160&wtu=lb', 'wt=160&wtu=lb'], ['plt=20000&pltu=%2FuL', 'plt=20000&pltu=%2FuL'], ['age=0.5', 'age=0.5']])('keeps %s', (query, clean) => {
    expect(check(query)).toEqual({ clean, notices: [] });
  });

  it('checks each count’s day and count, keeping the rest', () => {
    expect(check('counts=0:20,9999:30,7:5000')).toEqual({
      clean: 'counts=0%3A20',
      notices: [
        '“counts=…9999:30…” could not be used: the day must be between 0 days and 3,650 days; it was left out.',
        '“counts=…7:5000…” could not be used: 5,000 ×10⁹/L is not a plausible platelet count; it looks like a value in /µL, which would be 5 ×10⁹/L. Check the number and the unit; it was left out.',
      ],
    });
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
