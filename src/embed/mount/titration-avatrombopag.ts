/** The avatrombopag titration embed's script: the simulator with the avatrombopag label table alone. */
import { avatrombopagSource } from '../../engine/titration/avatrombopag';
import { mountTitration } from './titration';

mountTitration('avatrombopag', { avatrombopag: avatrombopagSource });
