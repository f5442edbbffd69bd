/**
 * Every number the algorithm decides on, in one place, so the walker's conditions and the diagram's
 * labels read the same value. Counts are ×10⁹/L.
 */
export const thresholds = {
  /** A child is younger than 18 (DESIGN.md, "Meanings the contract fixes"). */
  adultFromYears: 18,
  /** Newly diagnosed ITP: the first 3 months (IWG 2009, guidelines.md §3.1). ASH 2019 recs 6–9 start here. */
  persistentFromMonths: 3,
  /** Chronic ITP: more than 12 months (IWG 2009); fostamatinib's label covers chronic ITP only. */
  chronicAfterMonths: 12,
  /** Splenectomy is offered from 12 months after diagnosis (ASH 2011 2C, ASH 2019 rec 7 remark; §5). */
  splenectomyFromMonths: 12,
  /** Children: avoid splenectomy before age 5 (ICR 2019, ASH 2011; guidelines.md §8.1). */
  childSplenectomyFromYears: 5,
  /** Paediatric TPO-RA labels start at age 1 year (drugs.md §1–§3). */
  childTpoRaFromYears: 1,
  /** Markedly higher bleeding and intracranial-haemorrhage risk below 10 (CARMEN, Hato 2020; §4.2). */
  highRiskCountBelow: 10,
  /** Newly diagnosed below 20: ASH 2019 rec 2a suggests admission (§1.2). */
  admissionCountBelow: 20,
  /**
   * 30: newly diagnosed adults are observed at or above it (ASH 2019 rec 1b); Cohen 2000 modelled
   * age-dependent fatal bleeding for persistent counts below it (§4.2). In pregnancy the ICR calls 20–30
   * safe without bleeding; the upper end is used (conservative reading, §8.2).
   */
  observeFromCount: 30,
  /**
   * Pregnancy: the second trimester starts at 14 completed weeks and the third at 28 (the usual obstetric
   * division; the digests name trimesters but not their weeks). Splenectomy, if unavoidable, belongs in the
   * second trimester (ICR 2019, guidelines.md §8.2).
   */
  secondTrimesterFromWeeks: 14,
  /**
   * Our reading of the ICR's "late in pregnancy" for a TPO-RA (§8.2): the third trimester, from 28 weeks. The
   * ICR gives no week; the third trimester is the plain meaning, past organogenesis, and the TPO-RA is also held
   * back until corticosteroids and IVIG or anti-D have failed, so the reading adds no exposure the ICR would not.
   */
  lateGestationFromWeeks: 28,
  /** Delivery: at least 50 for caesarean section (ICR, ASH Education Program 2025; §8.2). */
  caesareanFromCount: 50,
  /**
   * A planned procedure calls for a rapid rise below 50. Our reading: the sources give a count to reach only
   * for delivery (at least 50 for caesarean section, 70 for neuraxial anaesthesia; guidelines.md §8.2) and
   * the ICR's advice to raise the count for a procedure with IVIG or anti-D (§2.1). Below 50, the lowest
   * procedural count they give, no procedure in them is safe, so the rise is planned at once; at or above it
   * the count is not raised for the procedure alone, and a note asks for the procedure's own target (a
   * normal count is never met with a 1 g pulse).
   */
  procedureRiseBelow: 50,
  /** Delivery: at least 70 for neuraxial anaesthesia (ASH Education Program 2025; above 70, Poston and Gernsheimer; §8.2). */
  neuraxialFromCount: 70,
  /**
   * Ages at which a pregnancy is possible, for the caution "pregnancy is not stated" (facts.ts,
   * `pregnancyPossible`). Our reading: no source gives ages; 10 (menarche can come this early) to below 60
   * (past the usual menopause, with room for assisted pregnancy). The caution holds nothing back, so a wide
   * band costs a sentence, and a stated answer always replaces it.
   */
  pregnancyPossibleFromYears: 10,
  pregnancyPossibleBelowYears: 60,
  /** Age 60 or more: ICH odds ratio 3.09 (Hato 2020); fatal bleeding 0.130 per patient-year above 60 (Cohen 2000). */
  olderFromYears: 60,
} as const;
