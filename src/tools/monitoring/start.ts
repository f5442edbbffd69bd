/** The monitoring schedule's script: self-contained, placed right after its root (Tool.astro). */
import { mountTool } from '../shared/mount';
import { monitoringInstance } from './instance';

mountTool(monitoringInstance);
