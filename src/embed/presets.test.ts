// The preset schema against the full pages' own link codecs: the same names, values and defaults, so an
// embed reads a tool page's link and the documentation describes what the widgets really accept.
import { describe, expect, it } from 'vitest';
import { checkParams } from '../tools/frame/check-params';
import { panelIds } from '../tools/shared/panels';
import { presetParams, type ParamGroup, type ParamSpec } from './presets';
import { emptyCase, type CaseFields } from '../tools/case/case';
import { caseCodec } from '../tools/case/case-url';
import { doseCodec, emptyDose } from '../tools/dose/state';
import { emptyResponse, responseCodec } from '../tools/response/state';
import { emptyTitration, type TitrationFields } from '../tools/titration/fields';
import { titrationCodec } from '../tools/titration/codec';
import type { UrlCodec } from '../tools/shared/url-state';
import { emptyWalker, walkerCodec } from '../tools/walker/state';

interface Codec {
  decode(params: URLSearchParams): { rejected: string[]; params: URLSearchParams };
}

function codec<T>(urlCodec: UrlCodec<T>, empty: T): Codec {
  return {
    decode(params) {
      const { value, rejected } = urlCodec.decode(params, empty);
      const written = new URLSearchParams();
      urlCodec.encode(value, written);
      return { rejected, params: written };
    },
  };
}

const codecs: Record<Exclude<ParamGroup, 'display'>, Codec> = {
  case: codec(caseCodec, emptyCase),
  dose: codec(doseCodec, emptyDose),
  titration: codec(titrationCodec, emptyTitration),
  response: codec(responseCodec, emptyResponse),
  walker: codec(walkerCodec, emptyWalker),
};

/** What a parameter needs beside it to be read: its agent, or the other half of date entry. */
function linkFor(spec: ParamSpec, value: string): URLSearchParams {
  const params = new URLSearchParams({ [spec.name]: value });
  if (spec.onlyWith?.agent !== undefined) params.set('agent', spec.onlyWith.agent);
  if (spec.name === 'entry') params.set('start', '2026-11-02');
  if (spec.name === 'start') params.set('entry', 'date');
  return params;
}

const read = presetParams.filter((spec): spec is ParamSpec & { group: Exclude<ParamGroup, 'display'> } => spec.group !== 'display');

describe('every parameter reads back through its page codec unchanged', () => {
  it.each(read.map((spec) => [`${spec.group} ${spec.name}=${spec.example}`, spec] as const))('%s', (_label, spec) => {
    const { rejected, params } = codecs[spec.group].decode(linkFor(spec, spec.example));
    expect(rejected).toEqual([]);
    expect(params.get(spec.name)).toBe(spec.example);
  });
});

describe('every allowed value of a closed list is one the codec accepts', () => {
  const closed = read.flatMap((spec) => (spec.kind.type === 'choice' ? spec.kind.allowed.map((value) => [spec, value] as const) : []));
  it.each(closed.map(([spec, value]) => [`${spec.name}=${value}`, spec, value] as const))('%s', (_label, spec, value) => {
    expect(codecs[spec.group].decode(linkFor(spec, value)).rejected).toEqual([]);
  });

  it.each(read.filter((spec) => ['choice', 'flag', 'pairs', 'date'].includes(spec.kind.type)).map((spec) => [spec.name, spec] as const))(
    '%s: a value the schema refuses, the codec refuses too',
    (_name, spec) => {
      expect(checkParams(new URLSearchParams({ [spec.name]: 'zz:zz:zz' }), [spec], 'widget').notices).toHaveLength(1);
      expect(codecs[spec.group].decode(linkFor(spec, 'zz:zz:zz')).rejected.length).toBeGreaterThan(0);
    },
  );
});

describe('the schema names every parameter the codecs write', () => {
  const names = (group: ParamGroup) => new Set(presetParams.filter((spec) => spec.group === group).map((spec) => spec.name));
  const written = (write: (params: URLSearchParams) => void) => {
    const params = new URLSearchParams();
    write(params);
    return new Set(params.keys());
  };

  it('the case', () => {
    const full: CaseFields = {
      age: '40', weight: '70', weightUnit: 'lb', height: '170', heightUnit: 'in', count: '8', countUnit: '/uL', bleeding: 'minor',
      months: '2', prior: [{ therapy: 'ivig', outcome: 'response' }], pregnant: 'yes', rhD: 'positive', splenectomised: 'no',
      haemoglobin: '12', haemoglobinUnit: 'g/L', gestation: '30', deliveryPlanned: 'no', hepatic: 'no', weightConfirmed: 'yes',
    };
    expect(written((params) => caseCodec.encode(full, params))).toEqual(names('case'));
  });

  it('the dose calculator', () => {
    const full = { regimen: 'anti-d', bsaFormula: 'dubois', datNegative: 'yes', prednisoneRule: 'icr-2019-high-dose' } as const;
    expect(written((params) => doseCodec.encode(full, params))).toEqual(names('dose'));
  });

  it('the titration simulator, over the four agents', () => {
    const union = new Set<string>();
    for (const agent of ['romiplostim', 'eltrombopag', 'avatrombopag', 'fostamatinib'] as const) {
      const full: TitrationFields = {
        ...emptyTitration, agent, ruleset: 'eu-smpc', entry: 'date', start: '2026-11-02', unit: '/uL', eastAsian: 'no', cyp: 'none',
        rows: [{ day: '0', count: '20', weight: '' }],
      };
      for (const name of written((params) => titrationCodec.encode(full, params))) union.add(name);
    }
    expect(union).toEqual(names('titration'));
  });

  it('the response assessor', () => {
    const full = { baseline: '10', unit: '/uL', rows: [{ day: '7', count: '40' }], bleeding: 'no' } as const;
    expect(written((params) => responseCodec.encode({ ...full, rows: [...full.rows] }, params))).toEqual(names('response'));
  });

  it('the walker', () => {
    const full = { anticoagulants: 'yes', procedurePlanned: 'no', qualityOfLifeImpaired: 'yes', view: 'compact' } as const;
    expect(written((params) => walkerCodec.encode(full, params))).toEqual(names('walker'));
  });
});

describe('the schema itself', () => {
  it('gives every parameter a label, a description and an example its own rules accept', () => {
    for (const spec of presetParams) {
      expect(spec.label, spec.name).not.toBe('');
      expect(spec.description, spec.name).toMatch(/\S.*[.)]$/);
      expect(checkParams(new URLSearchParams({ [spec.name]: spec.example }), [spec], 'widget').notices, spec.name).toEqual([]);
    }
  });

  it('has one hide value per panel', () => {
    const hide = presetParams.find((spec) => spec.name === 'hide');
    expect(hide?.kind).toEqual({ type: 'set', allowed: panelIds });
  });
});
