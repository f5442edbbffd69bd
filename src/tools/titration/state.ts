/**
 * The titration simulator's state on one page, made by `titrationState`: the fields as typed, the agents'
 * rules the page has (agents.ts), the engine's input (request.ts) and its steps (outcome.ts). Each page,
 * and each embed fixed to one agent, makes its own, so nothing is shared between pages at build time; the
 * case is the page's shared `$case`. The monitoring schedule reads the same request (monitoring/state.ts).
 */
import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import { titrateWith, type Agent, type TitrationValue } from '../../engine';
import { $case, setCaseField } from '../case/case';
import { $caseValues, type CaseValues } from '../case/case-values';
import { binding, type Binding } from '../shared/binding';
import { carrying, type AgentRules } from './agents';
import { titrationCodec } from './codec';
import { emptyTitration, withoutRow, withRow, withRowAdded, withRowDate, type TitrationFields, type TitrationRow } from './fields';
import { engineOutcome, type EngineOutcome } from './outcome';
import { titrationRequest, type TitrationRequest } from './request';
import { withRefusedWeight } from './weight-refusal';

export interface TitrationState {
  $fields: WritableAtom<TitrationFields>;
  $rules: WritableAtom<AgentRules>;
  $request: ReadableAtom<TitrationRequest>;
  $outcome: ReadableAtom<EngineOutcome<TitrationValue>>;
  /** The case as the page's case panel shows it, with a dosing weight the engine refused (weight-refusal.ts). */
  $caseValues: ReadableAtom<CaseValues>;
  /** The fields' binding to the link. */
  binding: Binding;
  set<K extends keyof TitrationFields>(key: K, value: TitrationFields[K]): void;
  /**
   * Changes some fields of one row on top of the row as stored now, not as last rendered: a reader who
   * types the count before the rows re-render after the day keeps the day.
   */
  setRow(index: number, patch: Partial<TitrationRow>): void;
  setRowDate(index: number, date: string): void;
  removeRow(index: number): void;
  /**
   * Adds a row for the next count and returns its index. Its day is the day the engine says the next count
   * is due (weekly while titrating, twice weekly while held, monthly once stable); without a result, a week
   * after the last row, so weekly counts can be typed with Enter alone.
   */
  addCountRow(): number;
}

export interface TitrationSetup {
  /** The agent the page opens on: an embed's fixed agent; the label's default otherwise. */
  agent?: Agent;
  /** The agents' rules: none until loaded (agents.ts), or given (tests). */
  rules?: WritableAtom<AgentRules>;
}

export function titrationState({ agent = emptyTitration.agent, rules = carrying({}) }: TitrationSetup = {}): TitrationState {
  const $fields = atom<TitrationFields>({ ...emptyTitration, agent, rows: [...emptyTitration.rows] });
  const $request = computed([$case, $caseValues, $fields], titrationRequest);
  const $outcome = computed([$request, rules], (request, now) => engineOutcome<TitrationValue>(request, now, titrateWith));
  const $panelValues = computed([$caseValues, $case, $request, $outcome], withRefusedWeight);
  const update = (change: (fields: TitrationFields) => TitrationFields) => $fields.set(change($fields.get()));
  return {
    $fields, $rules: rules, $request, $outcome, $caseValues: $panelValues,
    binding: binding($fields, titrationCodec),
    set: (key, value) => update((fields) => ({ ...fields, [key]: value })),
    setRow(index, patch) {
      // A confirmation is of the weights on screen (case.ts): a new reweigh takes it back.
      if (patch.weight !== undefined && patch.weight !== $fields.get().rows[index]?.weight) setCaseField('weightConfirmed', '');
      update((fields) => withRow(fields, index, patch));
    },
    setRowDate: (index, date) => update((fields) => withRowDate(fields, index, date)),
    removeRow: (index) => update((fields) => withoutRow(fields, index)),
    addCountRow() {
      const outcome = $outcome.get().result;
      const last = $fields.get().rows.at(-1);
      const lastDay = Number(last?.day.trim() === '' ? Number.NaN : last?.day);
      const due = outcome.state === 'done' ? outcome.value.steps.at(-1)?.nextCountDue : undefined;
      const day = due !== undefined && due !== null && due > lastDay ? String(due) : Number.isSafeInteger(lastDay) ? String(lastDay + 7) : '';
      update((fields) => withRowAdded(fields, day));
      return $fields.get().rows.length - 1;
    },
  };
}
