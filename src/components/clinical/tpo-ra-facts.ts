/**
 * What the TPO-RA comparison shows that is not engine data: route, indication, warnings and the pivotal
 * trials' results, typed from the research digests (drugs.md §1–3; guidelines.md §7.1) with their sources.
 * Doses, steps, thresholds and monitoring intervals are not here: they come from the engine's label tables.
 * Every figure still reaches the reader through the formatting gate (formatNumber, formatCount): a
 * percentage, a duration or a count typed into a sentence would bypass its ISMP rules. The labels' lowest
 * paediatric age is the engine's (`thresholds.childTpoRaFromYears`), the one the walker decides on.
 */
import { formatCount, formatNumber as n, thresholds } from '../../engine';

export interface Fact {
  text: string;
  cite: string;
}

export interface TpoRaFacts {
  name: string;
  route: Fact;
  indication: Fact;
  warnings: Fact;
  pivotal: Fact[];
}

const percent = (value: number) => `${n(value)}%`;
const fromAge = `${n(thresholds.childTpoRaFromYears)} year${thresholds.childTpoRaFromYears === 1 ? '' : 's'} or more`;

export const tpoRaFacts: Record<'romiplostim' | 'eltrombopag' | 'avatrombopag', TpoRaFacts> = {
  romiplostim: {
    name: 'Romiplostim (Nplate)',
    route: { text: 'Subcutaneous injection, once weekly, dosed by actual body weight.', cite: 'nplate-uspi §2' },
    indication: {
      text: `Adults with an insufficient response to corticosteroids, immunoglobulins or splenectomy; children aged ${fromAge} with ITP for at least ${n(6)} months and the same insufficient response.`,
      cite: 'nplate-uspi',
    },
    warnings: {
      text: 'Progression of myelodysplastic syndromes to acute myeloid leukaemia; thrombotic and thromboembolic complications and loss of response (both warnings revised in February 2025); bone-marrow reticulin; thrombocytopenia can worsen after stopping.',
      cite: 'nplate-uspi §5',
    },
    pivotal: [{
      text: `Two ${n(24)}-week placebo-controlled trials: durable response (a count of at least ${formatCount(50)} in at least ${n(6)} of the last ${n(8)} weeks) in ${percent(38)} against ${percent(0)} of splenectomised patients, and ${percent(61)} against ${percent(5)} of patients with a spleen.`,
      cite: 'kuter-2008',
    }],
  },
  eltrombopag: {
    name: 'Eltrombopag (PROMACTA)',
    route: {
      text: 'Oral, once daily, away from calcium and other polyvalent cations. ALVAIZ (eltrombopag choline) is a different product: not interchangeable mg for mg.',
      cite: 'promacta-uspi; alvaiz-uspi',
    },
    indication: {
      text: `Persistent or chronic ITP with an insufficient response to corticosteroids, immunoglobulins or splenectomy: adults and children aged ${fromAge} (PROMACTA); adults and children aged ${n(6)} years or more (ALVAIZ).`,
      cite: 'promacta-uspi; alvaiz-uspi',
    },
    warnings: {
      text: 'Boxed warning for hepatotoxicity; thrombotic and thromboembolic complications; progression of myelodysplastic syndromes; cataracts.',
      cite: 'promacta-uspi §5',
    },
    pivotal: [
      { text: `${n(6)}-week phase 3 trial at ${n(50)} mg: ${percent(59)} responded against ${percent(16)} with placebo.`, cite: 'bussel-2009' },
      { text: `RAISE, ${n(6)} months, ${n(197)} adults: ${percent(79)} responded at least once against ${percent(28)} with placebo.`, cite: 'cheng-2011' },
    ],
  },
  avatrombopag: {
    name: 'Avatrombopag (DOPTELET)',
    route: { text: 'Oral tablet, with food; no calcium or cation restriction. Six dose levels rather than a daily dose.', cite: 'doptelet-uspi §2' },
    indication: {
      text: `Adults with chronic ITP and an insufficient response to a previous treatment; since July 2025 also children aged ${fromAge} with persistent or chronic ITP (paediatric dosing not verified here).`,
      cite: 'doptelet-uspi',
    },
    warnings: { text: 'Thrombotic and thromboembolic complications.', cite: 'doptelet-uspi' },
    pivotal: [{
      text: `Phase 3, ${n(6)} months, ${n(49)} adults: a median of ${n(12.4, 1)} against ${n(0)} cumulative weeks with a count of at least ${formatCount(50)}; response at day ${n(8)} in ${percent(66)} against ${percent(0)}. Checked against the label summary and a review table, not the trial paper.`,
      cite: 'jurczak-2018',
    }],
  },
};
