/** The romiplostim titration embed's script: the simulator with the romiplostim label table alone. */
import { romiplostimSource } from '../../engine/titration/romiplostim';
import { mountTitration } from './titration';

mountTitration('romiplostim', { romiplostim: romiplostimSource });
