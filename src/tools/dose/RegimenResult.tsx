/**
 * One regimen's plan for the patient: first the limits for this patient (contraindicated, no data, caution),
 * then what it was computed from (with the BSA to 2 decimals and its formula), each item's dose with its
 * working, cap, route and schedule, the other warnings and the sources. A plan the sources advise against for
 * this patient (`doseOnRequest`) shows its doses and its other warnings only after "Show the dose anyway"
 * (issue #18), as regimenSummaryText leaves both out of a pasted note. Every number
 * comes formatted from the engine (formatItemDose, the working strings, formatAmount, formatAgeYears).
 */
import type { Note, RegimenPlan } from '../../engine';
import { formatAgeYears, formatAmount, drugDisplayName, formatItemDose } from '../../engine/format';
import { Citations, type ReferenceLabels } from '../shared/ui/Citations';
import { NoteList } from '../shared/ui/NoteList';
import { limitHeadings, LimitAlerts } from './LimitAlerts';

export interface RegimenResultProps {
  plan: RegimenPlan;
  warnings: readonly Note[];
  refs: ReferenceLabels;
  /** The reader asked to see the doses of a plan with `doseOnRequest`. */
  doseShown: boolean;
  onToggleDose: () => void;
}

const itemsId = 'dose-items';

function basisLine(basis: RegimenPlan['basis']): string {
  return [
    basis.ageYears === undefined ? 'age not given' : `${basis.ageGroup}, ${formatAgeYears(basis.ageYears)}`,
    formatAmount(basis.weightKg, 'kg'),
    ...(basis.heightCm === undefined ? [] : [formatAmount(basis.heightCm, 'cm')]),
  ].join(', ');
}

function Items({ plan, limits, refs }: { plan: RegimenPlan; limits: readonly Note[]; refs: ReferenceLabels }) {
  const { bsa } = plan.basis;
  return (
    <div id={itemsId}>
      {bsa !== undefined && (
        <p class="bsa">
          Body-surface area: <strong>{formatAmount(bsa.m2, 'm²')}</strong> ({bsa.working}) <Citations citations={[bsa.citation]} refs={refs} />
        </p>
      )}
      <ol class="dose-items">
        {plan.items.map((item) => {
          // A limit on one drug of the combination (vincristine in pregnancy) is marked on that drug too.
          const limit = limits.find((note) => note.drug === item.drug && note.limit !== 'caution')?.limit;
          return (
            <li key={item.drug} class="dose-item">
              <p class="dose-line">
                <span class="drug">{drugDisplayName(item.drug)}</span> <strong class="dose">{formatItemDose(item)}</strong>
                {limit !== undefined && <span class={`limit-tag limit--${limit}`}>{limitHeadings[limit]}</span>}
              </p>
              <dl>
                <div><dt>Route</dt><dd>{item.route}</dd></div>
                <div><dt>Schedule</dt><dd>{item.schedule}</dd></div>
                <div><dt>Working</dt><dd>{item.working} <Citations citations={item.citations} refs={refs} /></dd></div>
                {item.capNote !== undefined && <div><dt>Cap</dt><dd>{item.capNote}</dd></div>}
              </dl>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function RegimenResult({ plan, warnings, refs, doseShown, onToggleDose }: RegimenResultProps) {
  const limits = warnings.filter((note) => note.limit !== undefined);
  const others = warnings.filter((note) => note.limit === undefined);
  const shown = !plan.doseOnRequest || doseShown;
  return (
    <div class="regimen-result">
      <h3>{plan.name}</h3>
      <LimitAlerts notes={limits} refs={refs} />
      <p class="basis">Computed for: {basisLine(plan.basis)}.</p>
      {plan.doseOnRequest && (
        <p class="dose-on-request">
          <button type="button" class="tool-button" aria-expanded={doseShown} aria-controls={itemsId} onClick={onToggleDose}>
            {doseShown ? 'Hide the dose' : 'Show the dose anyway'}
          </button>
        </p>
      )}
      {shown && <Items plan={plan} limits={limits} refs={refs} />}
      {/* The warnings too wait for the reader: several carry this patient's amounts (anti-D's mcg and units). */}
      {shown && others.length > 0 && (
        <>
          <h3>Warnings</h3>
          <NoteList notes={others} refs={refs} />
        </>
      )}
      <p class="sources">
        Sources: <Citations citations={plan.citations} refs={refs} />
      </p>
    </div>
  );
}
