/**
 * One regimen's plan for the patient: what it was computed from (with the BSA to 2 decimals and its
 * formula), each item's dose with its working, cap, route and schedule, the warnings and the sources.
 * Every number comes formatted from the engine (formatItemDose, the working strings, formatAmount).
 */
import type { Note, RegimenPlan } from '../../engine';
import { formatAmount, drugDisplayName, formatItemDose } from '../../engine/format';
import { Citations, type ReferenceLabels } from '../shared/ui/Citations';
import { NoteList } from '../shared/ui/NoteList';

export interface RegimenResultProps {
  plan: RegimenPlan;
  warnings: readonly Note[];
  refs: ReferenceLabels;
}

function basisLine(basis: RegimenPlan['basis']): string {
  return [
    basis.ageYears === undefined ? 'age not given' : `${basis.ageGroup}, ${formatAmount(basis.ageYears, 'years', 1)}`,
    formatAmount(basis.weightKg, 'kg'),
    ...(basis.heightCm === undefined ? [] : [formatAmount(basis.heightCm, 'cm')]),
  ].join(', ');
}

export function RegimenResult({ plan, warnings, refs }: RegimenResultProps) {
  const { bsa } = plan.basis;
  return (
    <div class="regimen-result">
      <h3>{plan.name}</h3>
      <p class="basis">Computed for: {basisLine(plan.basis)}.</p>
      {bsa !== undefined && (
        <p class="bsa">
          Body-surface area: <strong>{formatAmount(bsa.m2, 'm²')}</strong> ({bsa.working}) <Citations citations={[bsa.citation]} refs={refs} />
        </p>
      )}
      <ol class="dose-items">
        {plan.items.map((item) => (
          <li key={item.drug} class="dose-item">
            <p class="dose-line">
              <span class="drug">{drugDisplayName(item.drug)}</span> <strong class="dose">{formatItemDose(item)}</strong>
            </p>
            <dl>
              <div><dt>Route</dt><dd>{item.route}</dd></div>
              <div><dt>Schedule</dt><dd>{item.schedule}</dd></div>
              <div><dt>Working</dt><dd>{item.working} <Citations citations={item.citations} refs={refs} /></dd></div>
              {item.capNote !== undefined && <div><dt>Cap</dt><dd>{item.capNote}</dd></div>}
            </dl>
          </li>
        ))}
      </ol>
      {warnings.length > 0 && (
        <>
          <h3>Warnings</h3>
          <NoteList notes={warnings} refs={refs} />
        </>
      )}
      <p class="sources">
        Sources: <Citations citations={plan.citations} refs={refs} />
      </p>
    </div>
  );
}
