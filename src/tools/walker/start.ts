/** The walker's script: placed after its root by its launcher on the algorithm page (shared/launch.ts), by Tool.astro in its embed. */
import { mountTool } from '../shared/mount';
import { walkerInstance } from './instance';

mountTool(walkerInstance);
