/**
 * The dose of one option for this patient: the population-limit alerts first; a dose the limits withhold
 * (contraindicated, or no dose in the sources for this patient) only behind "Show the dose anyway"; each
 * drug's dose, route and schedule from the engine through the formatting gate; and a link to the dose
 * calculator opened on this case and regimen, which shows the working, the cap and every note.
 */
import { useState } from 'preact/hooks';
import { drugDisplayName, formatItemDose } from '../../engine/format';
import type { CaseFields } from '../case/case';
import { caseControlId } from '../case/control-ids';
import { Citations, type ReferenceLabels } from '../shared/ui/Citations';
import { ProblemList } from '../shared/ui/ProblemList';
import { doseLink } from './links';
import type { RegimenDose } from './state';

export interface OptionDoseProps {
  dose: RegimenDose;
  /** Whether the option has more than one regimen (rituximab): then each is named. */
  named: boolean;
  fields: CaseFields;
  refs: ReferenceLabels;
}

function Items({ dose, refs }: { dose: Extract<RegimenDose, { state: 'plan' }>; refs: ReferenceLabels }) {
  return (
    <ul class="patient-dose-items">
      {dose.plan.items.map((item) => (
        <li key={item.drug}>
          {drugDisplayName(item.drug)} <strong class="dose">{formatItemDose(item)}</strong>, {item.route}; {item.schedule}{' '}
          <Citations citations={item.citations} refs={refs} />
        </li>
      ))}
    </ul>
  );
}

export function OptionDose({ dose, named, fields, refs }: OptionDoseProps) {
  const [shown, setShown] = useState(false);
  const link = <a href={doseLink(fields, dose.regimen)}>Working, cap and every note in the dose calculator</a>;
  if (dose.state === 'loading') return <p class="result-placeholder">Loading this regimen’s doses…</p>;
  if (dose.state === 'problems') return <ProblemList lead="For a dose:" problems={dose.problems} controlId={caseControlId} />;
  const alerts = dose.warnings.filter((note) => note.limit !== undefined);
  return (
    <div class="patient-dose">
      {named && <p class="patient-dose-name">{dose.plan.name}</p>}
      {alerts.length > 0 && (
        <ul class="patient-alerts">
          {alerts.map((note) => (
            <li key={note.code} class={`limit limit--${note.limit ?? 'caution'}`}>
              {note.message} {note.citation !== undefined && <Citations citations={[note.citation]} refs={refs} />}
            </li>
          ))}
        </ul>
      )}
      {dose.withheld && !shown ? (
        <button type="button" class="tool-button tool-button--quiet" onClick={() => setShown(true)}>
          Show the dose anyway
        </button>
      ) : (
        <Items dose={dose} refs={refs} />
      )}
      <p class="patient-dose-link" data-print="hide">{link}</p>
    </div>
  );
}
