/** The eltrombopag titration embed's script: the simulator with the eltrombopag label table alone. */
import { eltrombopagSource } from '../../engine/titration/eltrombopag';
import { mountTitration } from './titration';

mountTitration('eltrombopag', { eltrombopag: eltrombopagSource });
