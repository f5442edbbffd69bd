/**
 * Shapes of the treatment algorithm: the case it reads, the graph it walks and the advice it returns.
 * The contract fields (DESIGN.md) are exact; the optional inputs and the extra output fields are ours.
 */
import type { Citation } from '../citations';
import type { Note } from '../result';
import type { OptionRule } from './option-rules';
import type { AlgorithmPartId, Bleeding, OptionId, PriorOutcome, PriorTherapy, Urgency } from './vocabulary';

export interface PriorTreatment {
  therapy: PriorTherapy;
  outcome: PriorOutcome;
}

export interface CaseInput {
  ageYears: number;
  /** Platelet count, ×10⁹/L. */
  count: number;
  bleeding: Bleeding;
  monthsSinceDiagnosis: number;
  /** Earlier treatments in the order given; the last entry for a therapy is its current outcome. */
  prior: PriorTreatment[];
  pregnant?: boolean;
  /**
   * Completed weeks of gestation, only with `pregnant: true`; left out when not known (never read as early or
   * late). Decides the ICR's "late in pregnancy" for a TPO-RA and the second trimester for splenectomy (§8.2).
   */
  gestationWeeks?: number;
  /**
   * Delivery is planned (induction or caesarean booked, or labour expected soon), only with `pregnant: true`.
   * Left out when not known, which is not read as "no": the delivery targets are still shown (§8.2).
   */
  deliveryPlanned?: boolean;
  /** Taking an anticoagulant: the main risk factor for severe bleeding in CARMEN (guidelines.md §4.2). */
  anticoagulants?: boolean;
  /**
   * A procedure is planned, so a rapid rise is wanted (ICR 2019, guidelines.md §2.1), and the case is urgent.
   * A planned delivery is `deliveryPlanned`, which has its own targets (§8.2).
   */
  procedurePlanned?: boolean;
  /**
   * Children: reduced health-related quality of life, which with mucosal bleeding is ASH 2019's trigger for
   * treatment (§1.3). Left out when not known: the advice then says what a "yes" would change.
   */
  qualityOfLifeImpaired?: boolean;
}

/** The case as the graph reads it: optional flags settled, and one outcome per therapy. */
export interface CaseFacts {
  ageYears: number;
  count: number;
  bleeding: Bleeding;
  monthsSinceDiagnosis: number;
  /** True only when the case says so; `pregnancyStated` tells "no" from "not answered". */
  pregnant: boolean;
  pregnancyStated: boolean;
  /** Undefined when not given: unknown, never early or late. */
  gestationWeeks: number | undefined;
  /** Undefined when not given: unknown, not "no". */
  deliveryPlanned: boolean | undefined;
  anticoagulants: boolean;
  procedurePlanned: boolean;
  /** Undefined when not given: unknown, not "no" (DESIGN.md, "Meanings the contract fixes"). */
  qualityOfLifeImpaired: boolean | undefined;
  outcomes: ReadonlyMap<PriorTherapy, PriorOutcome>;
}

export type Condition = (facts: CaseFacts) => boolean;

/**
 * An ASH 2019 recommendation's grade as the digest holds it (guidelines.md §1.2–1.3). The strength was
 * checked only against a secondary summary ('secondary', ◐) or not at all ('UNVERIFIED'); no certainty
 * rating could be checked, so certainty is always carried as 'UNVERIFIED' rather than guessed.
 */
export interface Grade {
  recommendation: Citation;
  strength: 'strong' | 'conditional';
  strengthStatus: 'secondary' | 'UNVERIFIED';
  certainty: 'UNVERIFIED';
}

/** An option a node puts forward, with the reason that belongs to that node's situation. */
export interface Offer {
  option: OptionId;
  rationale: string;
  citations: readonly Citation[];
  grades?: readonly Grade[];
  /**
   * Said first when the therapy behind this option already failed (no response, dependence on
   * corticosteroids, or intolerance): why it is offered again. An option of a failed therapy is never ranked
   * first without such a reason (invariant `failed-therapy-returns-with-reason`).
   */
  afterFailure?: string;
  /** Offered only when this holds (otherwise the node's other offers still stand). */
  when?: Condition;
  /** The same condition in words, shown after the option's name in the diagram. */
  whenLabel?: string;
}

/** A note a node adds when the walk passes through it (and `when` holds). */
export interface NodeNote extends Note {
  when?: Condition;
}

export interface Link {
  to: string;
  /** Words on the arrow in the diagram, e.g. "yes". */
  label?: string;
}

export interface Branch extends Link {
  label: string;
  when: Condition;
}

interface NodeBase {
  /** Kebab-case, stable: the site highlights nodes by id. */
  id: string;
  /** What the diagram shows, kept short: plain words, no `"`, `<` or `>`. */
  label: string;
  /** What the diagram has no room for, said after the label in the text outline. */
  detail?: string;
  citations: readonly Citation[];
}

/** A question about the case: the first branch whose condition holds is taken, else `otherwise`. */
export interface DecisionNode extends NodeBase {
  kind: 'decision';
  branches: readonly Branch[];
  otherwise: Link;
}

/** A step that offers options or advice, then moves on (or ends the walk when `next` is absent). */
export interface StepNode extends NodeBase {
  kind: 'start' | 'emergency' | 'option' | 'action' | 'end';
  offers?: readonly Offer[];
  notes?: readonly NodeNote[];
  /** Said first in the rationale of every option offered after this node. */
  rationalePrefix?: string;
  next?: Link;
}

/** A check on the options gathered so far; its rules live in option-rules.ts, keyed by this id. */
export interface CheckNode extends NodeBase {
  kind: 'check';
  next: Link;
}

export type AlgorithmNode = DecisionNode | StepNode | CheckNode;
export type NodeKind = AlgorithmNode['kind'];

export interface RecommendedOption {
  id: OptionId;
  /** Readable name, e.g. "TPO-RA". */
  label: string;
  rationale: string;
  citations: string[];
  /** Valid later but not now (e.g. splenectomy before 12 months); listed after the options valid now. */
  deferred?: boolean;
  grades?: Grade[];
  /** Present when this option's therapy failed before: why it is offered again (also said first in the rationale). */
  repeatReason?: string;
}

export interface Recommendation {
  urgency: Urgency;
  /** Best first. */
  options: RecommendedOption[];
  /** Ids of the algorithm nodes visited, in order; each is a node id in toMermaid()'s text. */
  path: string[];
}

/**
 * A population's part of the graph (parts/adult.ts, child.ts, pregnancy.ts): its nodes, in drawing order, and
 * the check rows it brings. The rest of the graph (triage, the age question, the checks) every walk needs.
 */
export interface AlgorithmPart {
  id: AlgorithmPartId;
  nodes: readonly AlgorithmNode[];
  rules: readonly OptionRule[];
}

/** The parts a caller carries: all three in `allParts` (parts/all.ts), or the ones a page has loaded. */
export type AlgorithmParts = Readonly<Partial<Record<AlgorithmPartId, AlgorithmPart>>>;
