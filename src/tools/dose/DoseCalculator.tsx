/**
 * Regimen doses for the case on the page: choose a regimen (and the BSA formula), read each item's dose
 * with its working, copy the plan as plain text for a clinical note, or print the case with the result.
 * All arithmetic is the engine's (planRegimen through the `$doseOutcome` store).
 */
import { useEffect, useState } from 'preact/hooks';
import {
  bsaFormulas, prednisoneRules, regimenIds, regimenName, regimenSummaryText, type BsaFormula, type PrednisoneRule, type RegimenId,
} from '../../engine';
import { readableCitations } from '../shared/note-text';
import { answerChoices, choicesOf } from '../shared/ui/choices';
import { ChoiceField } from '../shared/ui/ChoiceField';
import type { ReferenceLabels } from '../shared/ui/Citations';
import { CopyButton } from '../shared/ui/CopyButton';
import { ProblemList } from '../shared/ui/ProblemList';
import { ResultRegion } from '../shared/ui/ResultRegion';
import { SelectField } from '../shared/ui/SelectField';
import { ToolSection } from '../shared/ui/ToolSection';
import { UrlNotices } from '../shared/ui/UrlNotices';
import { useStore } from '../shared/ui/use-store';
import { doseControlId, doseControlIds } from './control-ids';
import type { DoseHints } from './hints';
import { RegimenResult } from './RegimenResult';
import { $dose, $doseOutcome, setDoseField } from './state';

export interface DoseCalculatorProps {
  /** Reference key → short label, built at build time. */
  refs: ReferenceLabels;
  /** The numbers the choices mention, from the engine's rules at build time (hints.ts). */
  hints: DoseHints;
}

const regimenChoices = regimenIds.map((id) => ({ value: id, label: regimenName(id) }));
const formulaChoices = choicesOf<BsaFormula>(bsaFormulas, { mosteller: 'Mosteller', dubois: 'DuBois' });
const scheduleNames: Record<PrednisoneRule, string> = { 'ash-2019': 'ASH 2019', 'icr-2019-high-dose': 'ICR 2019 high-dose' };

/** Each children's schedule with its daily maximum as the engine applies it: "ASH 2019 (up to 120 mg a day)". */
function prednisoneChoices(hints: DoseHints) {
  return prednisoneRules.map((rule) => {
    const cap = hints.prednisoneCaps[rule];
    return { value: rule, label: cap === undefined ? scheduleNames[rule] : `${scheduleNames[rule]} (up to ${cap} a day)` };
  });
}

function formulaHint(hints: DoseHints): string {
  const rate = hints.bsaRate;
  return rate === undefined ? 'Used for doses per m².' : `Used for doses per m² (rituximab ${rate}).`;
}

export function DoseCalculator({ refs, hints }: DoseCalculatorProps) {
  const dose = useStore($dose);
  const outcome = useStore($doseOutcome);
  // "Show the dose anyway" holds for the regimen it was asked for, and only until another is chosen: the next
  // regimen never renders its doses first (no flash), and coming back to this one asks again.
  const [shownFor, setShownFor] = useState<RegimenId | ''>('');
  useEffect(() => setShownFor(''), [dose.regimen]);
  const doseShown = shownFor !== '' && shownFor === dose.regimen;
  const visible = outcome.state === 'plan' && (!outcome.plan.doseOnRequest || doseShown);

  return (
    <ToolSection id="dose" heading="Regimen dose" class="dose-calculator">
      <UrlNotices />
      <div class="tool-controls" data-print="hide">
        <SelectField
          id={doseControlIds.regimen} label="Regimen" value={dose.regimen} options={regimenChoices}
          placeholder="Choose a regimen…" onChange={(v) => setDoseField('regimen', v)}
        />
        <ChoiceField
          id={doseControlIds.bsaFormula} legend="Body-surface area formula" value={dose.bsaFormula} options={formulaChoices}
          hint={formulaHint(hints)} onChange={(v) => setDoseField('bsaFormula', v)}
        />
        {dose.regimen === 'anti-d' && (
          <ChoiceField
            id={doseControlIds.datNegative} legend="Direct antiglobulin test (DAT) negative" value={dose.datNegative}
            options={answerChoices} hint="Children only: the ICR gives anti-D only with a negative DAT."
            onChange={(v) => setDoseField('datNegative', v)}
          />
        )}
        {dose.regimen === 'prednisone' && (
          <ChoiceField
            id={doseControlIds.prednisoneRule} legend="Children’s prednisone schedule" value={dose.prednisoneRule}
            options={prednisoneChoices(hints)} hint="Applies to patients under 18 only." onChange={(v) => setDoseField('prednisoneRule', v)}
          />
        )}
      </div>
      <ResultRegion label="Dose" minHeight="10rem">
        {outcome.state === 'idle' && <p class="result-placeholder">Choose a regimen to see each dose with its working.</p>}
        {outcome.state === 'loading' && <p class="result-placeholder">Loading the rules for {regimenName(outcome.regimen)}…</p>}
        {outcome.state === 'problems' && (
          <ProblemList lead={`To compute ${dose.regimen === '' ? 'the doses' : regimenName(dose.regimen)}:`} problems={outcome.problems} controlId={doseControlId} />
        )}
        {outcome.state === 'plan' && (
          <RegimenResult
            plan={outcome.plan} warnings={outcome.warnings} refs={refs} doseShown={doseShown} onToggleDose={() => setShownFor(doseShown ? '' : dose.regimen)}
          />
        )}
      </ResultRegion>
      {/* The copy carries the doses: offered once they are on screen, limits first (regimenSummaryText). */}
      {outcome.state === 'plan' && visible && (
        <div class="result-actions" data-print="hide">
          <CopyButton text={regimenSummaryText(outcome.plan, outcome.warnings, readableCitations(refs))} />
          <button type="button" class="tool-button" onClick={() => window.print()}>
            Print
          </button>
        </div>
      )}
    </ToolSection>
  );
}
