/** The case's binding to the link, with the units this device remembers: every tool that shows the case names it. */
import { binding } from '../shared/binding';
import { $case } from './case';
import { caseCodec } from './case-url';
import { rememberedUnits } from './remembered-units';

export const caseBinding = binding($case, caseCodec, rememberedUnits);
