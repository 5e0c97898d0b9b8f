// One staff-review line: which grid, why its staffing needs a look.
import type { StaffReviewItem } from '../../shared/gridEdit';
import type { Translate } from '../i18n/translate';

export function staffLine(s: Pick<StaffReviewItem, 'reason' | 'gridCode' | 'staffNames'>, t: Translate): string {
  switch (s.reason) {
    case 'gridRemoved':
      return t('gridEdit.staff.gridRemoved', { code: s.gridCode, names: s.staffNames.join('、') });
    case 'newGridUnstaffed':
      return t('gridEdit.staff.newGridUnstaffed', { code: s.gridCode });
    case 'householdsChanged':
      return t('gridEdit.staff.householdsChanged', { code: s.gridCode });
  }
}
