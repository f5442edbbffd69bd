/**
 * "Your patient" (/tools/patient/): the case and, on the same screen, the urgency in words, the first
 * options with their reasons and a dose for this patient. No embed: the walker and the dose calculator are
 * the embeddable pieces it is made of.
 */
import { defineTool } from '../shared/tool';
import { patientLoadSets } from './load-sets';
import { patientInstance } from './instance';

export const patientTool = defineTool({
  id: 'patient',
  page: '/tools/patient/',
  params: [],
  embeds: [],
  instance: patientInstance,
  // A case loads its algorithm part and its first options' regimens at once: weighed together (load-sets.ts).
  loadedTogether: patientLoadSets,
});
