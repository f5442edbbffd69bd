/** What stops a result, each linking to the control to fix (the engine's words, not ours). */
import type { Problem } from '../problems';

export interface ProblemListProps {
  problems: readonly Problem[];
  /** Said before the list, e.g. "To compute this regimen:". */
  lead: string;
}

export function ProblemList({ problems, lead }: ProblemListProps) {
  return (
    <div class="problems">
      <p>{lead}</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.target}-${problem.message}`}>
            <a href={`#${problem.target}`}>{problem.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
