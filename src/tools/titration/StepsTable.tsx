/**
 * Every step as a row: the day, the count, the decision, the dose (with volume and vial for romiplostim,
 * level and weekly pattern for avatrombopag, mg a day for the others), the rule that fired with its source,
 * and when the next count is due (after a stop too: weekly for at least 4 weeks). A hold that needs the
 * prescriber's restart decision is flagged in its row. The chart's text equivalent. Where the column is
 * narrower than the table (a phone), each step is a card of label–value lines instead (titration.css), so no
 * field is off-screen; the labels come from `data-label`, and the roles keep it a table to a screen reader
 * whatever its display.
 */
import type { ComponentChildren } from 'preact';
import type { Agent, TitrationStep } from '../../engine';
import { formatAmount, formatCount, formatDose, formatRate, formatVolume, formatNumber } from '../../engine/format';
import { Citations, type ReferenceLabels } from '../shared/ui/Citations';
import { actionNames } from './words';

export interface StepsTableProps {
  steps: readonly TitrationStep[];
  agent: Agent;
  caption: string;
  refs: ReferenceLabels;
}

interface Column {
  heading: string;
  cell: (step: TitrationStep) => ComponentChildren;
}

const none = 'No dose';

function romiplostimDose(step: TitrationStep) {
  if (step.dose === null) return none;
  const rate = step.dose.perKg === undefined ? '' : ` (${formatRate(step.dose.perKg, undefined, 'mcg', 'kg')})`;
  const weight = step.preparation === undefined ? undefined : `at ${formatAmount(step.preparation.weightKg, 'kg')}`;
  return (
    <>
      <strong>{formatDose(step.dose)}{rate}</strong>
      {step.dose.capped && <span class="sub">the maximum</span>}
      {weight !== undefined && <span class="sub">{weight}</span>}
    </>
  );
}

function volume(step: TitrationStep) {
  const prep = step.preparation;
  if (prep === undefined) return '—';
  const strength = formatAmount(prep.concentrationMcgPerMl, 'mcg/mL');
  return (
    <>
      <strong>{formatVolume(prep.volumeMl)}</strong>
      <span class="sub">{prep.diluted ? `diluted to ${strength} (EU small-dose rule)` : `of ${strength}`}</span>
      {prep.roundedHalfUp && <span class="sub">halfway: rounded up</span>}
    </>
  );
}

function vial(step: TitrationStep) {
  const prep = step.preparation;
  if (prep === undefined) return '—';
  return prep.vialMcg === null ? 'More than one vial: work it out with the pharmacist' : `${formatAmount(prep.vialMcg, 'mcg')} vial`;
}

const schedule: Column = { heading: 'Dose', cell: (step) => (step.dose === null ? none : step.schedule) };
const perDay: Column = { heading: 'Daily total', cell: (step) => (step.mgPerDay === undefined ? '—' : formatAmount(step.mgPerDay, 'mg')) };

const agentColumns: Record<Agent, Column[]> = {
  romiplostim: [{ heading: 'Dose', cell: romiplostimDose }, { heading: 'Volume', cell: volume }, { heading: 'Vial', cell: vial }],
  eltrombopag: [schedule, perDay],
  avatrombopag: [
    { heading: 'Level', cell: (step) => (step.level === undefined ? '—' : formatNumber(step.level)) },
    { heading: 'Weekly pattern', cell: (step) => (step.dose === null ? none : step.schedule) },
    { heading: 'Weekly total', cell: (step) => (step.mgPerWeek === undefined ? '—' : formatAmount(step.mgPerWeek, 'mg')) },
  ],
  fostamatinib: [schedule, perDay],
};

function dayCell(day: number) {
  return (
    <>
      Day {formatNumber(day)}
      {day % 7 === 0 && <span class="sub">week {formatNumber(day / 7)}</span>}
    </>
  );
}

export function StepsTable({ steps, agent, caption, refs }: StepsTableProps) {
  const columns = agentColumns[agent];
  return (
    <div class="table-scroll" role="region" aria-labelledby="titration-steps-caption" tabIndex={0}>
      <table class="steps-table" role="table">
        <caption id="titration-steps-caption">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {['Day', 'Count', 'Decision', ...columns.map((column) => column.heading), 'Rule', 'Next count'].map((heading) => (
              <th key={heading} scope="col" role="columnheader">{heading}</th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {steps.map((step) => (
            <tr key={step.day} class={`action-${step.action}${step.restartDecision === true ? ' restart-needed' : ''}`} role="row">
              <th scope="row" role="rowheader">{dayCell(step.day)}</th>
              <td role="cell" data-label="Count">{formatCount(step.count)}</td>
              <td role="cell" data-label="Decision">
                {actionNames[step.action]}
                {step.restartDecision === true && <strong class="sub restart-flag">Restart decision needed now</strong>}
              </td>
              {columns.map((column) => <td key={column.heading} role="cell" data-label={column.heading}>{column.cell(step)}</td>)}
              <td role="cell" data-label="Rule" class="rule">
                {step.reason} <Citations citations={[step.citation]} refs={refs} />
              </td>
              <td role="cell" data-label="Next count">
                Day {formatNumber(step.nextCountDue)}
                <span class="sub">{step.countSchedule}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
