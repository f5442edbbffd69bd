/**
 * The engine's entry points, one per concept; nothing else of it may be imported from outside
 * (boundaries.test.ts), and every function they export is held to the engine's promise by the battery
 * (tests/unit/engine/battery). A titration agent, a regimen and a population's part of the algorithm each
 * have their own, so a page loads the one its reader chooses (src/tools/<tool>/on-choice/).
 */
export const entryPoints = [
  'src/engine/index.ts',
  'src/engine/titration/index.ts',
  'src/engine/titration/romiplostim.ts',
  'src/engine/titration/eltrombopag.ts',
  'src/engine/titration/avatrombopag.ts',
  'src/engine/titration/fostamatinib.ts',
  'src/engine/regimens/index.ts',
  ...['anti-d', 'danazol-azathioprine', 'dexamethasone-high-dose', 'ivig', 'methylprednisolone-pulse', 'multiagent-rescue',
    'prednisone', 'rituximab-low-dose', 'rituximab-standard'].map((regimen) => `src/engine/regimens/${regimen}.ts`),
  'src/engine/algorithm/index.ts',
  'src/engine/algorithm/parts/adult.ts',
  'src/engine/algorithm/parts/child.ts',
  'src/engine/algorithm/parts/pregnancy.ts',
  // The children's check rows without their nodes: a pregnancy never reaches the children's nodes.
  'src/engine/algorithm/parts/child-in-pregnancy.ts',
  'src/engine/format/index.ts',
  'src/engine/units.ts',
];
