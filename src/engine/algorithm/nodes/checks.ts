/**
 * The checks every walk passes before the options are ranked, and the end of the walk. Each check's rules
 * are rows in option-rules.ts; its detail here names every option those rows act on (a test holds the two
 * together).
 */
import { formatNumber as n } from '../../format/number';
import { thresholds as t } from '../thresholds';
import type { AlgorithmNode } from '../types';

export const checkNodes: readonly AlgorithmNode[] = [
  {
    id: 'check-tried-before', kind: 'check',
    label: 'Check earlier treatments',
    detail: 'No repeat splenectomy, leave out rituximab, fostamatinib or rilzabrutinib that failed, move a failed TPO-RA down (switch agent), move dexamethasone, prednisone or methylprednisolone down if corticosteroids were not tolerated, each saying why it is still there; after a failed TPO-RA, danazol with azathioprine and other immunosuppressants rank after the switch.',
    citations: ['iwg-2009', 'khellaf-switching', 'boruchov-2007', 'thanz-2022'],
    next: { to: 'check-adult-only' },
  },
  {
    id: 'check-adult-only', kind: 'check',
    label: 'Child: ASH options first, no adult-only agents',
    detail: 'Leave out the adult-only fostamatinib, rilzabrutinib, danazol with azathioprine and other immunosuppressants; put the IV methylprednisolone pulse and the multi-agent rescue after ASH’s paediatric options.',
    citations: ['tavalisse-uspi', 'wayrilz-uspi', 'boruchov-2007', 'thanz-2022', 'ash-2019', 'icr-2019'],
    next: { to: 'check-pregnancy' },
  },
  {
    id: 'check-pregnancy', kind: 'check',
    label: 'Pregnancy: agents to avoid',
    detail: 'Leave out fostamatinib, rilzabrutinib, danazol with azathioprine, multi-agent rescue (vinca alkaloid) and other immunosuppressants, and caution them, and a TPO-RA, rituximab and splenectomy, when pregnancy is not stated at an age it is possible; rituximab only if very severe, TPO-RA only late and if other treatments failed, splenectomy only in the second trimester.',
    citations: ['icr-2019', 'poston-gernsheimer', 'tavalisse-uspi', 'wayrilz-uspi'],
    next: { to: 'check-timing' },
  },
  {
    id: 'check-timing', kind: 'check',
    label: 'Check timing',
    detail: `Splenectomy from ${n(t.splenectomyFromMonths)} months and not before age ${n(t.childSplenectomyFromYears)}, fostamatinib once chronic (over ${n(t.chronicAfterMonths)} months), rilzabrutinib from ${n(t.persistentFromMonths)} months, TPO-RA in children from age ${n(t.childTpoRaFromYears)}, off-label before ${n(t.persistentFromMonths)} months.`,
    citations: ['ash-2019 rec 7', 'ash-2011', 'icr-2019', 'tavalisse-uspi', 'wayrilz-uspi', 'promacta-uspi'],
    next: { to: 'shared-decision' },
  },
  {
    id: 'shared-decision', kind: 'end',
    label: 'Choose with the patient',
    detail: 'The options are ranked; weigh their trade-offs together, as the recommendations are conditional.',
    citations: ['ash-2019'],
  },
];
