/** The fostamatinib titration embed's script: the simulator with the fostamatinib label table alone. */
import { fostamatinibSource } from '../../engine/titration/fostamatinib';
import { mountTitration } from './titration';

mountTitration('fostamatinib', { fostamatinib: fostamatinibSource });
