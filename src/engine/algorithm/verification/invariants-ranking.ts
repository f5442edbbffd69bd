/**
 * Invariants about which options come first: corticosteroids before second line, ASH 2019's order for
 * adults and children, failed therapies, and that every option explains itself. Each cites its source.
 */
import { formatCount } from '../../format/amount';
import { formatNumber as n } from '../../format/number';
import { toMermaid } from '../mermaid';
import { thresholds as t } from '../thresholds';
import { optionIds } from '../vocabulary';
import {
  childCase, corticosteroidsFailedIn, failedIn, find, firstLineOverWithCorticosteroids, hadCorticosteroids, ids,
  inOrder, isValidNow, lifeThreatening, outcomeOf, pregnantCase, secondLineAgents, secondLineGiven, therapyBehind, validNow,
} from './case-questions';
import type { Invariant } from './invariant-type';

let drawn: Set<string> | undefined;
/** The node ids toMermaid() draws, computed on first use (nothing runs when this module is imported). */
function drawnIds(): Set<string> {
  drawn ??= new Set(toMermaid().split('\n').map((line) => /^\s*([a-z0-9-]+)(\{"|\["|\(\[")/.exec(line)?.[1] ?? '').filter((id) => id !== ''));
  return drawn;
}

const courses = ['prednisone', 'dexamethasone-high-dose'] as const;
/** The options of ASH 2019's paediatric recommendations (guidelines.md §1.3). */
const ashChildOptions = ['prednisone', 'dexamethasone-high-dose', 'tpo-ra', 'rituximab', 'splenectomy'] as const;
const adultOnly = ['fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant'] as const;

export const rankingInvariants: readonly Invariant[] = [
  {
    id: 'corticosteroid-course-first',
    statement: 'Outside life-threatening bleeding, a patient (adult or child) with no corticosteroid course on record who is offered any second-line agent is first offered a corticosteroid course, valid now and ranked above every second-line agent: IVIG failure is not corticosteroid failure.',
    citations: ['ash-2019 rec 3', 'ash-2019 rec 4', 'ash-2019 paediatric, mucosal bleeding or reduced quality of life', 'icr-2019'],
    register: 'guidelines.md §1.2, §1.3, §9',
    check: (c, r) => {
      if (lifeThreatening(c) || hadCorticosteroids(c)) return undefined;
      const list = ids(r);
      const second = list.findIndex((id) => secondLineAgents.includes(id));
      if (second < 0) return undefined;
      const course = r.options.findIndex((o) => o.deferred !== true && courses.some((id) => id === o.id));
      return course >= 0 && course < second ? undefined : 'a second-line agent before any corticosteroid course';
    },
  },
  {
    id: 'adult-recs-6-9-when-due',
    statement: `Adults (not pregnant) with ITP for ${n(t.persistentFromMonths)} months or more whose corticosteroids failed are offered a TPO-RA, rituximab and splenectomy, in that order (ASH's): whatever the count if corticosteroid-dependent or a second-line agent is on record, otherwise below ${formatCount(t.observeFromCount)} or with bleeding beyond minor (at ${formatCount(t.observeFromCount)} or more without bleeding, observation is reasonable); each unless it already failed or was done; a failed TPO-RA may move down.`,
    citations: ['ash-2019 recs 6–9', 'cuker-neunert-2016'],
    register: 'guidelines.md §1.2, §1.5, §4.2, §9',
    check: (c, r) => {
      if (childCase(c) || pregnantCase(c) || c.monthsSinceDiagnosis < t.persistentFromMonths || !corticosteroidsFailedIn(c)) return undefined;
      const needed = c.count < t.observeFromCount || c.bleeding === 'mucosal' || c.bleeding === 'life-threatening';
      if (!needed && outcomeOf(c, 'corticosteroids') !== 'dependent' && !secondLineGiven(c)) {
        return r.options[0]?.id === 'observation' ? undefined : 'treatment first, though none is needed now';
      }
      const expected = (['tpo-ra', 'rituximab', 'splenectomy'] as const).filter((id) =>
        !(id === 'rituximab' && failedIn(c, 'rituximab')) && !(id === 'splenectomy' && outcomeOf(c, 'splenectomy') !== undefined));
      const missing = expected.filter((id) => !find(r, id));
      if (missing.length > 0) return `missing ${missing.join(', ')}`;
      const ranked = expected.filter((id) => !(id === 'tpo-ra' && failedIn(c, 'tpo-ra')));
      if (!inOrder(ids(r), ranked)) return `not in ASH's order: ${ids(r).join(', ')}`;
      return r.options[0]?.id === 'observation' ? 'observation first' : undefined;
    },
  },
  {
    id: 'child-second-line-after-first-line',
    statement: 'Children (not pregnant), outside life-threatening bleeding: a TPO-RA, rituximab or splenectomy is valid now only after first-line failure including corticosteroids.',
    citations: ['ash-2019 paediatric, no response to first-line treatment'],
    register: 'guidelines.md §1.3, §8.1',
    check: (c, r) => {
      if (!childCase(c) || pregnantCase(c) || lifeThreatening(c) || firstLineOverWithCorticosteroids(c)) return undefined;
      const early = (['tpo-ra', 'rituximab', 'splenectomy'] as const).filter((id) => isValidNow(r, id));
      return early.length > 0 ? `second line before first-line failure: ${early.join(', ')}` : undefined;
    },
  },
  {
    id: 'child-second-line-order',
    statement: 'Children: among second-line options valid now, a TPO-RA comes before rituximab, and rituximab before splenectomy (a failed TPO-RA may move down).',
    citations: ['ash-2019 paediatric, no response to first-line treatment'],
    register: 'guidelines.md §1.3, §8.1',
    check: (c, r) => {
      if (!childCase(c) || pregnantCase(c)) return undefined;
      const order = failedIn(c, 'tpo-ra') ? ['rituximab', 'splenectomy'] as const : ['tpo-ra', 'rituximab', 'splenectomy'] as const;
      return inOrder(validNow(r).map((o) => o.id), order) ? undefined : `order ${ids(r).join(', ')}`;
    },
  },
  {
    id: 'child-guideline-options-first',
    statement: 'Children (not pregnant), outside life-threatening bleeding: the IV methylprednisolone pulse and the multi-agent rescue, which rest on advice not specific to children, never rank above an option of ASH 2019’s paediatric recommendations (a short corticosteroid course, or a TPO-RA, rituximab or splenectomy after first-line failure) that is valid now.',
    citations: ['ash-2019 paediatric, mucosal bleeding or reduced quality of life', 'ash-2019 paediatric, no response to first-line treatment', 'icr-2019 children'],
    register: 'guidelines.md §1.3, §2.1, §8.1',
    check: (c, r) => {
      if (!childCase(c) || pregnantCase(c) || lifeThreatening(c)) return undefined;
      const now = validNow(r).map((o) => o.id);
      const firstRescue = now.findIndex((id) => id === 'methylprednisolone-pulse' || id === 'multiagent-rescue');
      const lastAsh = Math.max(...now.map((id, at) => (ashChildOptions.some((ash) => ash === id) ? at : -1)));
      return firstRescue >= 0 && firstRescue < lastAsh ? `the IV pulse or the rescue before ASH's options: ${now.join(', ')}` : undefined;
    },
  },
  {
    id: 'child-doses-paediatric',
    statement: 'A child offered prednisone or dexamethasone is given the paediatric dose in the reasons (per kg, with its daily maximum), never the adult flat dose.',
    citations: ['ash-2019 paediatric corticosteroid dose'],
    register: 'guidelines.md §1.3; drugs.md §7.2',
    check: (c, r) => {
      if (!childCase(c) || pregnantCase(c)) return undefined;
      const wrong = validNow(r).filter((o) => courses.some((id) => id === o.id)
        && (!o.rationale.includes('mg/kg daily (at most') || o.rationale.includes('dexamethasone 40 mg')));
      return wrong.length > 0 ? `adult or missing paediatric dose: ${wrong.map((o) => o.id).join(', ')}` : undefined;
    },
  },
  {
    id: 'children-no-adult-only-agents',
    statement: 'Children are never offered fostamatinib, rilzabrutinib, danazol with azathioprine or other immunosuppressants: the labels and sources give adult use only.',
    citations: ['tavalisse-uspi', 'wayrilz-uspi', 'boruchov-2007', 'thanz-2022'],
    register: 'guidelines.md §2.2, §8.1',
    check: (c, r) => {
      const found = childCase(c) ? adultOnly.filter((id) => find(r, id)) : [];
      return found.length > 0 ? `adult-only agents for a child: ${found.join(', ')}` : undefined;
    },
  },
  {
    id: 'failed-therapy-returns-with-reason',
    statement: 'A therapy that failed (no response, intolerance, or for corticosteroids dependence) is never offered again, first or anywhere, without a reason saying why it returns.',
    citations: ['icr-2019 pregnancy', 'khellaf-switching', 'icr-2019 emergencies'],
    register: 'guidelines.md §2.1, §7.2, §8.2',
    check: (c, r) => {
      const silent = r.options.filter((o) => {
        const therapy = therapyBehind[o.id];
        return therapy !== undefined && failedIn(c, therapy) && !(o.repeatReason !== undefined && o.rationale.includes(o.repeatReason));
      });
      return silent.length > 0 ? `offered again without saying why: ${silent.map((o) => o.id).join(', ')}` : undefined;
    },
  },
  {
    id: 'quality-of-life-unknown-said',
    statement: 'For a child (not pregnant) with no or skin-only bleeding whose quality of life is not stated, the advice names the question, because a "yes" would change it.',
    citations: ['ash-2019 paediatric, mucosal bleeding or reduced quality of life'],
    register: 'guidelines.md §1.3',
    check: (c, _r, notes) => {
      const applies = childCase(c) && !pregnantCase(c) && (c.bleeding === 'none' || c.bleeding === 'minor') && c.qualityOfLifeImpaired === undefined;
      return applies && !notes.some((note) => note.code === 'child-quality-of-life-unknown') ? 'quality-of-life question not named' : undefined;
    },
  },
  {
    id: 'every-option-explained',
    statement: 'There is always at least one option; each is from the closed list, listed once, with reasons and at least one citation; options valid now come before those that wait, and each that waits says why.',
    citations: ['ash-2019'],
    register: 'guidelines.md §9',
    check: (_c, r) => {
      if (r.options.length === 0) return 'no option';
      const list = ids(r);
      if (new Set(list).size !== list.length || list.some((id) => !optionIds.includes(id))) return `bad list ${list.join(', ')}`;
      const firstLater = r.options.findIndex((o) => o.deferred === true);
      if (firstLater >= 0 && r.options.slice(firstLater).some((o) => o.deferred !== true)) return 'an option valid now after one that waits';
      const bad = r.options.filter((o) => o.rationale.length < 40 || o.citations.length === 0 || (o.deferred === true && !o.rationale.includes('Deferred')));
      return bad.length > 0 ? `unexplained: ${bad.map((o) => o.id).join(', ')}` : undefined;
    },
  },
  {
    id: 'path-drawn',
    statement: 'The path starts at the start node, ends at the shared decision, and every node on it is drawn in the diagram (toMermaid).',
    citations: ['ash-2019'],
    register: 'guidelines.md §9',
    check: (_c, r) => {
      const missing = r.path.filter((id) => !drawnIds().has(id));
      if (missing.length > 0) return `not drawn: ${missing.join(', ')}`;
      return r.path[0] === 'case-start' && r.path.at(-1) === 'shared-decision' ? undefined : `path ${r.path.join(' → ')}`;
    },
  },
];
