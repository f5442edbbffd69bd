/** The "Your patient" page's script: self-contained, placed right after its root (Tool.astro). */
import { mountTool } from '../shared/mount';
import { patientInstance } from './instance';

mountTool(patientInstance);
