// One staff-review line: which grid (by its label, 铁马·11网格), why its staffing needs a look.
import type { StaffReviewItem } from '../../shared/gridEdit';
import type { Translate } from '../i18n/translate';

export function staffLine(s: Pick<StaffReviewItem, 'reason' | 'gridId' | 'staffNames'>, t: Translate, labelOf: (id: number) => string): string {
  const code = labelOf(s.gridId);
  switch (s.reason) {
    case 'gridRemoved':
      return t('gridEdit.staff.gridRemoved', { code, names: s.staffNames.join('、') });
    case 'newGridUnstaffed':
      return t('gridEdit.staff.newGridUnstaffed', { code });
    case 'householdsChanged':
      return t('gridEdit.staff.householdsChanged', { code });
  }
}
