/**
 * The case, typed once and shared by every tool on the page through the `$case` store. `fields` picks
 * what this page's tools read and `views` supplies their controls (field-views.tsx): only the views a
 * page names are in its bundle. The order on screen is fixed. Values are kept as typed; the page's `values`
 * (`$caseValues`, or the page's own readers, through the engine) supplies each field's error and the note
 * saying which unit was assumed.
 */
import type { ReadableAtom } from 'nanostores';
import { $case } from './case';
import type { CaseValues } from './case-values';
import { ShareLink } from '../shared/ui/ShareLink';
import { ToolSection } from '../shared/ui/ToolSection';
import { UrlNotices } from '../shared/ui/UrlNotices';
import { useStore } from '../shared/ui/use-store';
import type { CaseFieldView } from './field-views';
import { caseFieldNames, type CaseFieldName } from './labels';

export interface CasePanelProps<K extends CaseFieldName> {
  /** The fields to show, in any order (shown in the panel's own order). */
  fields: readonly K[];
  /** The control for each of them. */
  views: Readonly<Record<K, CaseFieldView>>;
  /** The panel's h2. Default: "The patient". */
  heading?: string;
  /**
   * The case as the page's tools read it: `$caseValues` (every field), or the fields a page shows with the
   * weight checked (weight-check.ts) where it doses by weight; a page's script carries only its readers.
   */
  values: ReadableAtom<CaseValues>;
}

export function CasePanel<K extends CaseFieldName>({ fields, views, heading = 'The patient', values: $values }: CasePanelProps<K>) {
  const typed = useStore($case);
  const values = useStore($values);
  const shown: Partial<Record<CaseFieldName, CaseFieldView>> = {};
  for (const field of fields) shown[field] = views[field];
  const render = (name: CaseFieldName) => {
    const View = shown[name];
    return View && <View key={name} typed={typed} values={values} />;
  };

  return (
    <ToolSection id="case" heading={heading} class="case-panel">
      <UrlNotices />
      <p class="tool-intro" data-print="hide">
        Typed once, used by every tool on this page. Nothing you type is sent to a server: the case is kept in the
        page’s address after “#”, which browsers do not send.
      </p>
      <div class="case-grid">{caseFieldNames.filter((name) => name !== 'prior').map(render)}</div>
      {render('prior')}
      <ShareLink />
    </ToolSection>
  );
}
