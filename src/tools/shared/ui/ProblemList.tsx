/** What stops a result, each linking to the control to fix (the engine's words, not ours). */
import type { Problem } from '../problems';

export interface ProblemListProps<F extends string> {
  problems: readonly Problem<F>[];
  /** Said before the list, e.g. "To compute this regimen:". */
  lead: string;
  /** The id of the control where a field is fixed (the view's own: each tool's control-ids.ts). */
  controlId: (field: F) => string;
}

export function ProblemList<F extends string>({ problems, lead, controlId }: ProblemListProps<F>) {
  return (
    <div class="problems">
      <p>{lead}</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.field}-${problem.message}`}>
            <a href={`#${controlId(problem.field)}`}>{problem.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
