/**
 * Fostamatinib's toxicity dose-reduction ladder and blood-pressure rules (TAVALISSE §2.3) as a small
 * helper: the ladder with the current daily dose marked and the next step down, and the label's action
 * for a blood pressure reading. The engine decides both (through `$fostamatinibHelperOutcome`).
 */
import { boundText } from '../../engine';
import { formatAmount } from '../../engine/format';
import type { FostamatinibHelperOutcome, FostamatinibHelperState } from './fostamatinib-state';
import type { FostamatinibHelperRules } from './helper-rules';
import { Citations, type ReferenceLabels } from '../shared/ui/Citations';
import { NumberField } from '../shared/ui/NumberField';
import { ResultRegion } from '../shared/ui/ResultRegion';
import { SelectField } from '../shared/ui/SelectField';
import { useStore } from '../shared/ui/use-store';

export interface FostamatinibHelperProps {
  refs: ReferenceLabels;
  helper: FostamatinibHelperState;
}

/** The ids of the helper's controls. */
const ids = {
  dailyMg: 'fostamatinib-daily',
  systolic: 'fostamatinib-systolic',
  diastolic: 'fostamatinib-diastolic',
  weeks: 'fostamatinib-weeks',
} as const;

const mg = (amount: number) => formatAmount(amount, 'mg');
const citation = 'tavalisse-uspi §2.3';

/** Shown once fostamatinib's script has brought the rules (helper-rules.ts); until then its result says it is loading. */
export function FostamatinibHelper({ refs, helper }: FostamatinibHelperProps) {
  const rules = useStore(helper.$rules);
  const outcome = useStore(helper.$outcome);
  return rules === undefined || outcome === undefined ? null : <Helper refs={refs} helper={helper} rules={rules} outcome={outcome} />;
}

function Helper({ refs, helper, rules, outcome }: FostamatinibHelperProps & { rules: FostamatinibHelperRules; outcome: FostamatinibHelperOutcome }) {
  const fields = useStore(helper.$fields);
  const { reduction, pressure } = outcome;
  const ladderChoices = rules.ladder.map((step) => ({ value: String(step.dailyMg), label: `${mg(step.dailyMg)} a day (${step.schedule})` }));
  return (
    <section class="fostamatinib-helper" aria-labelledby="fostamatinib-helper-heading">
      <h3 id="fostamatinib-helper-heading">Fostamatinib: toxicity and blood pressure</h3>
      <div class="tool-controls">
        <SelectField
          id={ids.dailyMg} label="Daily dose now" value={fields.dailyMg} options={ladderChoices} error={outcome.errors['fostamatinib.dailyMg']}
          placeholder={outcome.dailyMg === undefined || fields.dailyMg !== '' ? 'Choose…' : `The latest step’s: ${mg(outcome.dailyMg)} a day`}
          onChange={(v) => helper.set('dailyMg', v)}
        />
      </div>
      <div class="table-scroll" role="region" aria-labelledby="fostamatinib-ladder-caption" tabIndex={0}>
        <table class="monitoring-table">
          <caption id="fostamatinib-ladder-caption">Dose-reduction ladder, by daily dose</caption>
          <thead>
            <tr><th scope="col">Daily total</th><th scope="col">Morning</th><th scope="col">Evening</th></tr>
          </thead>
          <tbody>
            {rules.ladder.map((step) => (
              <tr key={step.dailyMg} aria-current={step.dailyMg === outcome.dailyMg ? 'true' : undefined} class={step.dailyMg === outcome.dailyMg ? 'current' : undefined}>
                <th scope="row">{mg(step.dailyMg)}{step.dailyMg === outcome.dailyMg && <span class="sub">now</span>}</th>
                <td>{mg(step.morningMg)}</td>
                <td>{step.eveningMg === null ? 'none (once daily)' : mg(step.eveningMg)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {reduction === undefined ? 'Choose the daily dose to see the next step down.' : `If toxicity calls for a reduction: ${reduction.reason}`}{' '}
        <Citations citations={[citation]} refs={refs} />
      </p>
      <div class="tool-controls">
        <NumberField id={ids.systolic} label="Systolic, mmHg" value={fields.systolic} error={outcome.errors['fostamatinib.systolic']} onValue={(v) => helper.set('systolic', v)} />
        <NumberField id={ids.diastolic} label="Diastolic, mmHg" value={fields.diastolic} error={outcome.errors['fostamatinib.diastolic']} onValue={(v) => helper.set('diastolic', v)} />
        <NumberField
          id={ids.weeks} label="Weeks at this level despite treatment" value={fields.weeks} error={outcome.errors['fostamatinib.weeks']}
          hint="Leave empty for a first reading." onValue={(v) => helper.set('weeks', v)}
        />
      </div>
      <ResultRegion label="Blood pressure" minHeight="3rem">
        {pressure === undefined
          ? <p class="result-placeholder">Enter a blood pressure to see what the label says to do.</p>
          : <p>{pressure.reason} <Citations citations={[pressure.citation]} refs={refs} /></p>}
      </ResultRegion>
      <details class="label-notes">
        <summary>The label’s blood-pressure rules, first match wins</summary>
        <ul class="notes">
          {rules.bloodPressureRules.map((rule) => (
            <li key={rule.id}>
              Systolic {boundText(rule.either.systolic)} or diastolic {boundText(rule.either.diastolic)} mmHg
              {rule.weeks === undefined ? '' : `, for ${boundText(rule.weeks)} weeks`}: {rule.advice}.
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
