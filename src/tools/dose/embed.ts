/** The dose calculator's script on its embed page: the frame's work first, then the tool, in one file. */
import { startFrame } from '../frame/start-frame';
import { mountTool } from '../shared/mount';
import { doseInstance } from './instance';
import { doseQuiz } from './quiz';

startFrame(doseQuiz);
mountTool(doseInstance);
