/**
 * The engine's entry points, one per concept; nothing else of it may be imported from outside
 * (boundaries.test.ts), and every function they export is held to the engine's promise by the battery
 * (tests/unit/engine/battery). The four per-agent modules are provisional: the titration developer is making
 * one module per agent (the lead settles the paths when the branches meet), and the agents' own scripts load
 * them one at a time.
 */
export const entryPoints = [
  'src/engine/index.ts',
  'src/engine/titration/index.ts',
  'src/engine/titration/romiplostim.ts',
  'src/engine/titration/eltrombopag.ts',
  'src/engine/titration/avatrombopag.ts',
  'src/engine/titration/fostamatinib.ts',
  'src/engine/regimens/index.ts',
  'src/engine/algorithm/index.ts',
  'src/engine/format/index.ts',
  'src/engine/units.ts',
];
