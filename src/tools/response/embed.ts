/** The response assessor's script on its embed page: the frame's work first, then the tool, in one file. */
import { startFrame } from '../frame/start-frame';
import { mountTool } from '../shared/mount';
import { responseInstance } from './instance';
import { responseQuiz } from './quiz';

startFrame(responseQuiz);
mountTool(responseInstance);
