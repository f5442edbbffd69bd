/** A single administration's dose, as the engine's contract defines it. */
export interface Dose {
  /** What to give, rounded as the source or the product's rule says. */
  amount: number;
  /** Upper end where the source gives a range (e.g. danazol 10–15 mg/kg). */
  amountMax?: number;
  unit: 'mg' | 'g' | 'mcg';
  /** The weight-based rate it came from, if any. */
  perKg?: number;
  /** The BSA-based rate it came from, if any. */
  perM2?: number;
  /** True when a maximum dose was applied. */
  capped: boolean;
}

export type DoseUnit = Dose['unit'];
