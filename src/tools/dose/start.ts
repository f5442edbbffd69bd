/** The dose calculator's script, on its page and in its embed: self-contained, placed right after its root (Tool.astro). */
import { mountTool } from '../shared/mount';
import { doseInstance } from './instance';

mountTool(doseInstance);
