// The words for the fields an updated import row changes: a register column by the label the
// preview carries (the core's column spec), the other things a plan names (a post's holder, a
// resident's household, a tenant's building, a facility's point) by the catalog. A name neither
// knows is shown as it is rather than dropped.
import type { ImportPreview } from '../../shared/registerImport';
import type { Translate } from '../i18n/translate';

const CHANGED_KEYS = {
  holder: 'import.changed.holder',
  household: 'import.changed.household',
  residentId: 'import.changed.residentId',
  buildingId: 'import.changed.buildingId',
  location: 'import.changed.location',
} as const;

const isChangedKey = (name: string): name is keyof typeof CHANGED_KEYS => Object.prototype.hasOwnProperty.call(CHANGED_KEYS, name);

export function changedFieldWords(names: readonly string[], columns: ImportPreview['fields'], t: Translate): string[] {
  return names.map((name) => {
    const column = columns.find((c) => c.field === name);
    if (column) return t.locale === 'en' ? column.en : column.zh;
    return isChangedKey(name) ? t(CHANGED_KEYS[name]) : name;
  });
}
