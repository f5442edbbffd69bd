/** The titration simulator's script on its embed pages: the frame's work first, then the tool, in one file. */
import { startFrame } from '../frame/start-frame';
import { mountTool } from '../shared/mount';
import { titrationInstance } from './instance';
import { titrationQuiz } from './quiz';

startFrame(titrationQuiz);
mountTool(titrationInstance);
