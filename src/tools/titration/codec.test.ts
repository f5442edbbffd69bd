// The titration simulator's shareable link: what round-trips, what is refused with a notice, and what is
// left out because it belongs to another agent.
import { describe, expect, it } from 'vitest';
import { emptyCase } from '../case/case';
import { emptyTitration, type TitrationFields } from './fields';
import { titrationCodec, titrationQuery } from './codec';

const fields = (over: Partial<TitrationFields>): TitrationFields => ({ ...emptyTitration, ...over });

function decode(query: string) {
  return titrationCodec.decode(new URLSearchParams(query), fields({}));
}

function encode(value: TitrationFields): string {
  const params = new URLSearchParams();
  titrationCodec.encode(value, params);
  return decodeURIComponent(params.toString());
}

describe('round trip', () => {
  it.each<[string, Partial<TitrationFields>]>([
    ['romiplostim, EU SmPC, with a child’s weight', {
      ruleset: 'eu-smpc', rows: [{ day: '0', count: '20', weight: '' }, { day: '84', count: '60', weight: '23.5' }],
    }],
    ['eltrombopag with its answers', {
      agent: 'eltrombopag', eastAsian: 'yes', rows: [{ day: '0', count: '12', weight: '' }, { day: '14', count: '35', weight: '' }],
    }],
    ['avatrombopag with an inducer, counts per µL', {
      agent: 'avatrombopag', cyp: 'dual-inducer', unit: '/uL', rows: [{ day: '0', count: '30000', weight: '' }],
    }],
    ['weeks, with a count between two weeks', {
      entry: 'week', rows: [{ day: '0', count: '20', weight: '' }, { day: '14', count: '450', weight: '' }, { day: '17', count: '300', weight: '' }],
    }],
    ['dates from the first dose', {
      agent: 'fostamatinib', entry: 'date', start: '2026-01-05', rows: [{ day: '0', count: '20', weight: '' }, { day: '28', count: '42', weight: '' }],
    }],
  ])('%s', (_name, over) => {
    const value = fields(over);
    const params = new URLSearchParams();
    titrationCodec.encode(value, params);
    expect(titrationCodec.decode(params, emptyTitration)).toEqual({ value, rejected: [] });
  });
});

describe('encoding', () => {
  it('is compact: counts as day:count, defaults left out', () => {
    expect(encode(fields({ rows: [{ day: '0', count: '12', weight: '' }, { day: '7', count: '18', weight: '' }, { day: '14', count: '35', weight: '' }] })))
      .toBe('agent=romiplostim&counts=0:12;7:18;14:35');
  });

  it('writes only what is in force for the agent', () => {
    const query = encode(fields({ agent: 'fostamatinib', ruleset: 'eu-smpc', eastAsian: 'yes', cyp: 'dual-inhibitor' }));
    expect(query).toBe('agent=fostamatinib');
  });

  it('leaves out a row with only its day (the next row waiting for a count)', () => {
    expect(encode(fields({ rows: [{ day: '0', count: '12', weight: '' }, { day: '7', count: '', weight: '' }] }))).toBe('agent=romiplostim&counts=0:12');
  });

  it('writes days, not dates, when the first-dose date is missing', () => {
    expect(encode(fields({ entry: 'date', start: '', rows: [{ day: '0', count: '12', weight: '' }] }))).toBe('agent=romiplostim&counts=0:12');
  });

  it('keeps the case in the same link for the other page', () => {
    expect(titrationQuery({ ...emptyCase, weight: '70' }, fields({ rows: [{ day: '0', count: '20', weight: '' }] })))
      .toBe('wt=70&agent=romiplostim&counts=0%3A20');
  });
});

describe('decoding what cannot be used', () => {
  it('refuses an unknown agent and keeps the default, with a notice', () => {
    const { value, rejected } = decode('agent=aspirin');
    expect(value.agent).toBe('romiplostim');
    expect(rejected).toEqual([expect.stringContaining('agent=aspirin')]);
  });

  it('leaves out another agent’s parameters, saying so', () => {
    const { value, rejected } = decode('agent=eltrombopag&rules=eu-smpc&cyp=dual-inhibitor&asian=1');
    expect(value).toMatchObject({ ruleset: 'us-label', cyp: '', eastAsian: 'yes' });
    expect(rejected).toEqual([
      expect.stringMatching(/rules=eu-smpc.*romiplostim only/),
      expect.stringMatching(/cyp=dual-inhibitor.*avatrombopag only/),
    ]);
  });

  it('leaves out a count that is not day:count and keeps the others', () => {
    const { value, rejected } = decode('counts=0:20,seven:30,14:35:1:2,21:40');
    expect(value.rows.map((row) => row.day)).toEqual(['0', '21']);
    expect(rejected).toHaveLength(2);
  });

  it('keeps a day the engine will refuse (out of order), so its error shows beside it', () => {
    expect(decode('counts=0:20,7:30,5:40').value.rows.map((row) => row.day)).toEqual(['0', '7', '5']);
  });

  it('falls back to days when the first-dose date is not a date', () => {
    const { value, rejected } = decode('entry=date&start=2026-02-30&counts=0:20');
    expect(value).toMatchObject({ entry: 'day', start: '' });
    expect(rejected).toEqual([expect.stringContaining('start=2026-02-30')]);
  });

  it('gives an empty day-0 row when no count survives', () => {
    expect(decode('counts=x').value.rows).toEqual(emptyTitration.rows);
  });

  it.each(['asian=maybe', 'cu=mmol', 'entry=month', 'rules=uk'])('refuses %s with a notice', (query) => {
    expect(decode(`agent=${query.startsWith('asian') ? 'eltrombopag' : 'romiplostim'}&${query}`).rejected).toHaveLength(1);
  });
});
