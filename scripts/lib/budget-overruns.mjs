// Pages over their JavaScript budget, each at the figure last measured (gzip KB, "in all" as the table
// prints it), while issue #21's budget is not met. DESIGN.md allows no such list: it is here only so the
// clinical-safety work can land while these pages are redesigned, and it can only shrink. The check fails
// when a listed page grows past its figure (a regression), when a page not listed goes over its budget,
// and when a listed page comes within budget (take it off the list then). Measured 2026-12-07 on a build
// of main; each figure is that measurement plus 0.3 KB for the version string and hashes a build writes.
//
// Why each is over, and the design change that would bring it under:
// - The titration pages: the shared stepper, the chart, the steps as table and cards, the restart
//   decisions, the typed-number readers and the link codecs are all in the page's own script (about 30 KB);
//   only an agent's table loads on choice. Next: the chart and the steps table as one view chosen by the
//   reader.
// - The walker (on the algorithm page and its embed): the algorithm's core nodes and option catalogue
//   (prose with citations) are in the page's script; only the population parts load on choice; the diagram's
//   pan and zoom load on first use. Next: the catalogue's prose per population part.
// - "Your patient": the walker and the regimen planner together. A case loads its part and the regimens of
//   its first options at once; since 2026-12-07 the check weighs those sets as the engine makes them
//   (patient/load-sets.ts), so its figure rose from 41.1 (the largest single script) to its real worst case,
//   45.8 (an adult's part with four regimens). Next: a summary walk without the catalogue's prose, and
//   regimen scripts that share their dose rules.
// - The monitoring schedule and the embeds: the frame's presets check, quiz and xAPI
//   statements, and the fragment and share-link code added to every tool. Each embed now carries its own
//   tool's quiz question only (0.4 KB less on each).
// - Raised on 2026-12-07, once, for safety fixes that had to land: a romiplostim dosing weight implausible for
//   the age is refused until confirmed, as on the dose calculator (H-TITR-12; titration and monitoring
//   +0.3 KB); and the third engine audit's fixes (H-TITR-13 to 18: the stop rules, the weekly-count waits,
//   counts beside their bounds; H-ADV-14 to 19 and 24 to 26: the corticosteroid history, the pregnancy cautions): the
//   titration core +0.4 KB, romiplostim's script +0.5 KB, the walker's parts +0.2 KB, the patient page +0.9 KB.
//   The patient page +0.4 KB more for the walker's own questions, asked there since (H-PAT-06).
export const overruns = {
  '/algorithm/': 38.3,
  '/embed/dose/': 32.7,
  '/embed/titration-avatrombopag/': 36.9,
  '/embed/titration-eltrombopag/': 37.1,
  '/embed/titration-fostamatinib/': 36.3,
  '/embed/titration-romiplostim/': 40.7,
  '/embed/walker/': 39.2,
  '/tools/monitoring/': 37.1,
  '/tools/patient/': 47.7,
  '/tools/titration/': 38.6,
};
