/** The one place an agent and rule set are turned into the table the walker walks. */
import type { Note } from '../result';
import { avatrombopagTable } from './avatrombopag';
import { avatrombopagNoStartChange } from './avatrombopag-notes';
import { eltrombopagTable } from './eltrombopag';
import { fostamatinibTable } from './fostamatinib';
import { romiplostimTable } from './romiplostim';
import { doseWeights } from './romiplostim-weight';
import type { AgentTable } from './table';
import type { CleanInput } from './validate-input';

export function tableFor(input: CleanInput): { table: AgentTable; notes: Note[] } {
  switch (input.agent) {
    case 'romiplostim': {
      const plan = doseWeights(input.weightKg, input.ageYears, input.counts);
      return { table: romiplostimTable(input.ruleset, plan.weights), notes: plan.notes };
    }
    case 'eltrombopag':
      return { table: eltrombopagTable, notes: [] };
    case 'avatrombopag':
      return {
        table: avatrombopagTable,
        notes: input.eastAsianAncestry || input.hepaticImpairment ? [avatrombopagNoStartChange] : [],
      };
    case 'fostamatinib':
      return { table: fostamatinibTable, notes: [] };
  }
}
