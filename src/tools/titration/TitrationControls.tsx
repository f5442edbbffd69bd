/**
 * The agent and what its label needs before the first count: the romiplostim rule set (a toggle that says
 * which table is in force; the other agents have only the US table, and say so), eltrombopag's ancestry
 * (its hepatic-impairment question is the case's, shared with the dose calculator), avatrombopag's CYP2C9
 * and CYP3A4 interaction. Only the agent's own questions show.
 */
import { rulesets, titrationAgents as agents, type CypInteraction } from '../../engine';
import { answerChoices, choicesOf } from '../shared/ui/choices';
import { ChoiceField } from '../shared/ui/ChoiceField';
import { titrationControlIds as ids } from './control-ids';
import { cypChoices, type TitrationFieldKey, type TitrationFields } from './fields';
import type { TitrationState } from './state';
import { agentNames, cypNames, rulesetNames } from './words';

export interface TitrationControlsProps {
  fields: TitrationFields;
  errors: Readonly<Partial<Record<TitrationFieldKey, string>>>;
  set: TitrationState['set'];
}

const agentChoices = choicesOf(agents, agentNames);
const rulesetChoices = choicesOf(rulesets, rulesetNames);
const cypOptions = choicesOf<CypInteraction | 'none'>(cypChoices, cypNames);

export function TitrationControls({ fields, errors, set }: TitrationControlsProps) {
  const { agent } = fields;
  return (
    <div class="tool-controls titration-controls" data-print="hide">
      <ChoiceField id={ids.agent} legend="Agent" value={agent} options={agentChoices} onChange={(v) => set('agent', v)} />
      {agent === 'romiplostim' ? (
        <ChoiceField
          id={ids.ruleset} legend="Rule set" value={fields.ruleset} options={rulesetChoices} error={errors['titration.ruleset']}
          hint={`In force: ${rulesetNames[fields.ruleset]}.`} onChange={(v) => set('ruleset', v)}
        />
      ) : (
        <p id={ids.ruleset} class="ruleset-fixed">
          <strong>Rule set in force:</strong> {rulesetNames['us-label']}, the only table verified for {agent}.
        </p>
      )}
      {agent === 'eltrombopag' && (
        <ChoiceField
          id={ids.eastAsian} legend="East- or Southeast-Asian ancestry" value={fields.eastAsian} options={answerChoices}
          hint="Changes the start dose (so does hepatic impairment, with the patient above)." onChange={(v) => set('eastAsian', v)}
        />
      )}
      {agent === 'avatrombopag' && (
        <ChoiceField
          id={ids.cyp} legend="Taking a moderate or strong dual CYP2C9 and CYP3A4 inhibitor or inducer" value={fields.cyp}
          options={cypOptions} hint="Sets the start level." onChange={(v) => set('cyp', v)}
        />
      )}
    </div>
  );
}
