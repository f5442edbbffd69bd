/** The response assessor's script, on its page and in its embed: self-contained, placed right after its root (Tool.astro). */
import { mountTool } from '../shared/mount';
import { responseInstance } from './instance';

mountTool(responseInstance);
