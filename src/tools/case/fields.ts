/** The fields the case panel can show; a tool page passes the ones its tools read. */
export const caseFieldNames = [
  'age', 'weight', 'height', 'count', 'bleeding', 'months', 'prior', 'pregnant', 'rhD', 'splenectomised', 'haemoglobin',
] as const;

export type CaseFieldName = (typeof caseFieldNames)[number];
