// The tools whose keystroke → result time the budget check measures (DESIGN.md "Budgets": ≤ 50 ms under 4×
// CPU throttling, printed). One line a tool; add a tool here and it is measured and printed on every run.
//   path:   the page, with a linked case so that the result shows before the first keystroke
//   start:  the name of a button to press first (a tool started on use, as the walker)
//   field:  the label of the number field typed into. Its last digit is deleted and typed again (a different
//           digit each time), so the value alternates between a prefix and a full number: choose a field
//           and value where those two give different results (a count of 13 and of 13x), or the check fails
//   result: the name of the result region (role="status") that must update after every keystroke
export const LATENCY_TOOLS = [
  { tool: 'dose calculator', path: '/tools/dose-calculator/?age=45&wt=70&ht=170&regimen=rituximab-standard', field: 'Weight', result: 'Dose' },
  { tool: 'titration', path: '/tools/titration/?wt=70&counts=0:20', field: 'Weight', result: 'Latest decision' },
  { tool: 'response', path: '/tools/response/?base=10&counts=7:120,14:130&rbleed=0', field: 'Count of count 2', result: 'Response' },
  { tool: 'monitoring', path: '/tools/monitoring/?age=40&agent=eltrombopag&asian=0&liver=0&counts=0:20,14:450', field: 'Count of count 2', result: 'Monitoring' },
  { tool: 'walker', path: '/algorithm/?age=45&plt=25&bleed=none&months=14', field: 'Platelet count', result: 'Recommendation' },
];
