/** The titration simulator's script, on its page and in its embeds: self-contained, placed right after its root (Tool.astro). */
import { mountTool } from '../shared/mount';
import { titrationInstance } from './instance';

mountTool(titrationInstance);
