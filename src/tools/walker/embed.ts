/** The walker's script on its embed page: the frame's work first, then the tool, in one file. */
import { startFrame } from '../frame/start-frame';
import { mountTool } from '../shared/mount';
import { walkerInstance } from './instance';
import { walkerQuiz } from './quiz';

startFrame(walkerQuiz);
mountTool(walkerInstance);
