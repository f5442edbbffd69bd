// The response assessor's store: counts converted from the chosen unit, blank rows skipped, errors mapped
// back to the row on screen, and the shareable link.
import { beforeEach, describe, expect, it } from 'vitest';
import { assessResponse, plateletsToSI } from '../../engine';
import {
  $response, emptyResponse, removeRow, responseCodec, responseOutcome, rowsToShow, setRowField, type ResponseFields,
} from './state';

const fields = (partial: Partial<ResponseFields>): ResponseFields => ({ ...emptyResponse, ...partial });
const rows = (...pairs: [string, string][]) => pairs.map(([day, count]) => ({ day, count }));

describe('responseOutcome', () => {
  it('stays idle until something is entered', () => {
    expect(responseOutcome(emptyResponse)).toEqual({ errors: {}, notes: {}, result: { state: 'idle' } });
  });

  it('gives the engine’s assessment for the same counts (IWG 2009: CR confirmed 7 days apart)', () => {
    const outcome = responseOutcome(fields({ baseline: '10', rows: rows(['7', '120'], ['14', '130'], ['', '']), bleeding: 'no' }));
    const engine = assessResponse({ baselineCount: 10, counts: [{ day: 7, count: 120 }, { day: 14, count: 130 }], bleeding: false });
    if (!engine.ok) throw new Error('engine failed');
    expect(outcome.result).toEqual({ state: 'assessed', assessment: engine.value, warnings: engine.warnings });
  });

  it('reads every count in the chosen unit and notes what it assumed', () => {
    const outcome = responseOutcome(fields({ baseline: '10000', unit: '/uL', rows: rows(['7', '120000'], ['14', '130000']), bleeding: 'no' }));
    expect(outcome.result).toMatchObject({ state: 'assessed', assessment: { category: 'complete-response' } });
    const read = (count: number) => {
      const result = plateletsToSI(count, '/uL');
      return result.ok ? result.warnings : undefined;
    };
    expect(outcome.notes['response.baseline']).toEqual(read(10000));
    expect(outcome.notes['response.rows.1.count']).toEqual(read(130000));
  });

  it('puts a count typed in the wrong unit beside its row and gives no result', () => {
    const outcome = responseOutcome(fields({ baseline: '10', rows: rows(['7', '120000']), bleeding: 'no' }));
    expect(outcome.errors['response.rows.0.count']).toMatch(/µL/);
    expect(outcome.result).toMatchObject({ state: 'problems', problems: [{ field: 'response.rows.0.count' }] });
  });

  it('maps a day out of order back to its row on screen, past a blank row', () => {
    const outcome = responseOutcome(fields({ baseline: '10', rows: rows(['14', '50'], ['', ''], ['7', '60']), bleeding: 'no' }));
    expect(outcome.errors['response.rows.2.day']).toMatch(/does not come after day 14/);
    expect(outcome.result).toMatchObject({ state: 'problems', problems: [{ field: 'response.rows.2.day' }] });
  });

  it('lists what is missing without flagging controls the reader has not reached', () => {
    const outcome = responseOutcome(fields({ baseline: '10' }));
    expect(outcome.errors).toEqual({});
    expect(outcome.result).toMatchObject({
      state: 'problems',
      problems: [{ field: 'response.bleeding', message: 'Say whether the patient is bleeding.' }, { field: 'response.rows.0.day' }],
    });
  });
});

describe('count rows', () => {
  beforeEach(() => $response.set(fields({ rows: [] })));

  it('always offers one empty row after the last count', () => {
    expect(rowsToShow([])).toEqual(rows(['', '']));
    expect(rowsToShow(rows(['7', '40']))).toEqual(rows(['7', '40'], ['', '']));
    expect(rowsToShow(rows(['7', '40'], ['', '']))).toEqual(rows(['7', '40'], ['', '']));
  });

  it('adds the offered row when something is typed in it, edits and removes rows', () => {
    setRowField(0, 'day', '7');
    setRowField(0, 'count', '40');
    setRowField(1, 'day', '14');
    expect($response.get().rows).toEqual(rows(['7', '40'], ['14', '']));
    removeRow(0);
    expect($response.get().rows).toEqual(rows(['14', '']));
  });
});

describe('response link', () => {
  it('round-trips the counts, leaving blank rows and defaults out', () => {
    const value = fields({ baseline: '10000', unit: '/uL', rows: rows(['7', '120000'], ['', ''], ['14', '130000']), bleeding: 'no' });
    const params = new URLSearchParams();
    responseCodec.encode(value, params);
    expect(params.toString()).toBe('base=10000&cu=%2FuL&counts=7%3A120000%3B14%3A130000&rbleed=0');
    expect(responseCodec.decode(params, emptyResponse).value).toEqual({ ...value, rows: rows(['7', '120000'], ['14', '130000']) });
  });

  it('reads an empty list of counts, and rejects an unknown unit', () => {
    const decoded = responseCodec.decode(new URLSearchParams('counts=&cu=mm3'), emptyResponse);
    expect(decoded.value.rows).toEqual([]);
    expect(decoded.rejected).toEqual([expect.stringContaining('“cu=mm3” is not one of')]);
  });
});
