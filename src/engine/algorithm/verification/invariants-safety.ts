/**
 * Invariants about urgency, emergencies, splenectomy and pregnancy: what must never be shown. Each cites its
 * source; the checks read the case and the advice only (case-questions.ts), never the graph's predicates.
 */
import { formatCount } from '../../format/amount';
import { formatNumber as n } from '../../format/number';
import { thresholds as t } from '../thresholds';
import { urgencyLevels } from '../vocabulary';
import {
  childCase, corticosteroidsFailedIn, failedIn, find, isValidNow, lifeThreatening, outcomeOf, pregnantCase,
} from './case-questions';
import type { Invariant } from './invariant-type';

const rank = (urgency: string): number => urgencyLevels.findIndex((level) => level === urgency);
const avoidedInPregnancy = ['multiagent-rescue', 'danazol-azathioprine', 'fostamatinib', 'rilzabrutinib', 'other-immunosuppressant'] as const;
/** Held back in pregnancy until very severe, late or unavoidable (ICR, §8.2). */
const heldBackInPregnancy = ['tpo-ra', 'rituximab', 'splenectomy'] as const;

export const safetyInvariants: readonly Invariant[] = [
  {
    id: 'emergency-first',
    statement: 'Life-threatening or organ bleeding: the urgency is emergency and emergency care is the first option, whatever else is true.',
    citations: ['icr-2019 emergencies', 'ash-2019 scope'],
    register: 'guidelines.md §4.4, §1.1',
    check: (c, r) => (lifeThreatening(c) && (r.urgency !== 'emergency' || r.options[0]?.id !== 'emergency-care')
      ? `urgency ${r.urgency}, first option ${r.options[0]?.id ?? 'none'}` : undefined),
  },
  {
    id: 'urgency-at-least-contract',
    statement: `Mucosal bleeding, a count below ${formatCount(t.highRiskCountBelow)}, or a newly diagnosed patient (under ${n(t.persistentFromMonths)} months) with a count below ${formatCount(t.admissionCountBelow)} is at least urgent.`,
    citations: ['ash-2019 rec 2a', 'icr-2019', 'piel-julian-2018', 'hato-2020'],
    register: 'guidelines.md §1.2, §4.2',
    check: (c, r) => {
      const due = c.bleeding === 'mucosal' || c.count < t.highRiskCountBelow
        || (c.monthsSinceDiagnosis < t.persistentFromMonths && c.count < t.admissionCountBelow);
      return due && r.urgency === 'routine' ? 'routine, where the contract asks for at least urgent' : undefined;
    },
  },
  {
    id: 'urgency-matches-options',
    statement: 'Urgency and options never contradict: emergency care is offered exactly when the urgency is emergency, and advice for a rapid rise is never routine.',
    citations: ['icr-2019 emergencies'],
    register: 'guidelines.md §2.1, §4.4',
    check: (_c, r) => {
      const emergencyCare = find(r, 'emergency-care') !== undefined;
      if (emergencyCare !== (r.urgency === 'emergency')) return `urgency ${r.urgency} with emergency care ${emergencyCare ? 'offered' : 'absent'}`;
      const rapid = r.path.includes('rapid-rise') || r.options.some((o) => o.deferred !== true && /rapid rise is needed|must rise within/.test(o.rationale));
      return rapid && rank(r.urgency) > rank('urgent') ? 'a rapid rise is advised but the urgency is routine' : undefined;
    },
  },
  {
    id: 'splenectomy-timing',
    statement: `Splenectomy is never valid now before ${n(t.splenectomyFromMonths)} months from diagnosis, in a child under ${n(t.childSplenectomyFromYears)}, or in pregnancy outside the second trimester; it is never listed after a splenectomy, and when it waits the reason is given.`,
    citations: ['ash-2011', 'ash-2019 rec 7', 'icr-2019', 'iwg-2009'],
    register: 'guidelines.md §5, §8.1, §8.2',
    check: (c, r) => {
      const option = find(r, 'splenectomy');
      if (!option) return undefined;
      if (outcomeOf(c, 'splenectomy') !== undefined) return 'splenectomy offered after a splenectomy';
      const gestation = c.gestationWeeks;
      const secondTrimester = gestation !== undefined && gestation >= t.secondTrimesterFromWeeks && gestation < t.lateGestationFromWeeks;
      const tooEarly = c.monthsSinceDiagnosis < t.splenectomyFromMonths || (childCase(c) && c.ageYears < t.childSplenectomyFromYears)
        || (pregnantCase(c) && !secondTrimester);
      if (tooEarly && option.deferred !== true) return 'splenectomy valid now when it must wait';
      return tooEarly && !option.rationale.startsWith('Deferred') && !option.rationale.includes(' Deferred') ? 'splenectomy waits without saying why' : undefined;
    },
  },
  {
    id: 'pregnancy-contraindicated-never-offered',
    statement: 'In pregnancy the multi-agent rescue (a vinca alkaloid), danazol with azathioprine, fostamatinib, rilzabrutinib and immunosuppressants the ICR does not list are never offered.',
    citations: ['icr-2019 pregnancy', 'poston-gernsheimer', 'tavalisse-uspi', 'wayrilz-uspi'],
    register: 'guidelines.md §8.2, §9',
    check: (c, r) => {
      const found = pregnantCase(c) ? avoidedInPregnancy.filter((id) => find(r, id)) : [];
      return found.length > 0 ? `offered in pregnancy: ${found.join(', ')}` : undefined;
    },
  },
  {
    id: 'pregnancy-unknown-cautioned',
    statement: `When pregnancy is not stated, at ages ${n(t.pregnancyPossibleFromYears)} to below ${n(t.pregnancyPossibleBelowYears)} (our reading of where it is possible), an agent avoided or held back in pregnancy is never offered without saying so: "not answered" is not read as "no". Outside those ages none says so.`,
    citations: ['icr-2019 pregnancy', 'poston-gernsheimer'],
    register: 'guidelines.md §8.2',
    check: (c, r) => {
      if (c.pregnant !== undefined) return undefined;
      const possible = c.ageYears >= t.pregnancyPossibleFromYears && c.ageYears < t.pregnancyPossibleBelowYears;
      const said = (id: string): boolean => r.options.some((o) => o.id === id && o.rationale.includes('Pregnancy is not stated'));
      if (!possible) {
        const wrong = r.options.filter((o) => said(o.id));
        return wrong.length > 0 ? `a pregnancy caution at age ${n(c.ageYears)}: ${wrong.map((o) => o.id).join(', ')}` : undefined;
      }
      const silent = [...avoidedInPregnancy, ...heldBackInPregnancy].filter((id) => find(r, id) && !said(id));
      return silent.length > 0 ? `no pregnancy caution on ${silent.join(', ')}` : undefined;
    },
  },
  {
    id: 'pregnancy-rituximab-very-severe-only',
    statement: `In pregnancy rituximab is valid now only in very severe cases, read as no response to corticosteroids and to IVIG or anti-D with mucosal or worse bleeding or a count below ${formatCount(t.highRiskCountBelow)}.`,
    citations: ['icr-2019 pregnancy'],
    register: 'guidelines.md §8.2',
    check: (c, r) => {
      if (!pregnantCase(c) || !isValidNow(r, 'rituximab')) return undefined;
      const severe = corticosteroidsFailedIn(c) && (failedIn(c, 'ivig') || failedIn(c, 'anti-d'))
        && (c.bleeding === 'mucosal' || c.bleeding === 'life-threatening' || c.count < t.highRiskCountBelow);
      return severe ? undefined : 'rituximab valid now in a pregnancy that is not very severe';
    },
  },
  {
    id: 'pregnancy-tpo-ra-late-after-failures',
    statement: `In pregnancy a TPO-RA is valid now only late (read as from ${n(t.lateGestationFromWeeks)} weeks, with the gestation known) after corticosteroids and IVIG or anti-D have failed.`,
    citations: ['icr-2019 pregnancy'],
    register: 'guidelines.md §8.2',
    check: (c, r) => {
      if (!pregnantCase(c) || !isValidNow(r, 'tpo-ra')) return undefined;
      const late = c.gestationWeeks !== undefined && c.gestationWeeks >= t.lateGestationFromWeeks;
      return late && corticosteroidsFailedIn(c) && (failedIn(c, 'ivig') || failedIn(c, 'anti-d')) ? undefined : 'TPO-RA valid now in pregnancy too early';
    },
  },
  {
    id: 'pregnancy-delivery-targets',
    statement: `In pregnancy, when delivery is planned or the gestation is late or not known, the delivery targets are stated: ${n(t.caesareanFromCount)} for caesarean section, ${n(t.neuraxialFromCount)} for neuraxial anaesthesia.`,
    citations: ['ash-education-2025', 'icr-2019 pregnancy'],
    register: 'guidelines.md §8.2',
    check: (c, _r, notes) => {
      if (!pregnantCase(c) || lifeThreatening(c)) return undefined;
      const near = c.deliveryPlanned === true || c.gestationWeeks === undefined || c.gestationWeeks >= t.lateGestationFromWeeks;
      const said = notes.some((note) => note.message.includes(`at least ${n(t.caesareanFromCount)}`) && note.message.includes(`at least ${n(t.neuraxialFromCount)}`));
      return near && !said ? 'delivery targets not stated' : undefined;
    },
  },
];
