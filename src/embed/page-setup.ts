/** The script of an embed page without a tool (a diagram): the frame's own work (tools/frame/start-frame.ts). */
import { startFrame } from '../tools/frame/start-frame';

startFrame();
