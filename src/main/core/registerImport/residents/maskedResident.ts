// Rows an export masked (姓名 张**, 公民身份号码 110105********1234, 联系电话 138****1234)
// coming back: a masked ID number is looked for among the residents of the household the
// address matched (its mask and the name, or the name's mask, must fit exactly one); a masked
// name or phone must be the mask of what is registered. Such a row then reads as the
// registered person with the values on record, so an export imports back unchanged; a masked
// value that fits nobody is refused (masked_unmatched): type it in full.
import type { ResidentImportField } from '../../../../shared/registerImport';
import type { Db } from '../../db/database';
import { maskIdNumber, maskName, maskPhone } from '../../privacy/mask';
import type { ExistingResident } from './matchResident';
import type { HouseholdTarget } from './planResidents';
import type { ResidentRow } from './residentRows';

export type MaskedMatch =
  | { ok: true; row: ResidentRow; existing: ExistingResident | undefined }
  | { ok: false; field: ResidentImportField; value: string };

export function maskedMatcher(db: Db, lookup: (idNumber: string) => ExistingResident | undefined): (row: ResidentRow, household: HouseholdTarget) => MaskedMatch {
  const members = db.prepare('SELECT id_number AS idNumber, name FROM resident WHERE household_id = ?');
  return (row, household) => {
    let existing: ExistingResident | undefined;
    if (row.idMasked) {
      const fits = household.kind === 'existing' ? (members.all(household.id) as { idNumber: string; name: string }[]).filter((m) => maskIdNumber(m.idNumber) === row.idNumber && (row.nameMasked ? maskName(m.name) === row.name : m.name === row.name)) : [];
      if (fits.length !== 1) return { ok: false, field: 'idNumber', value: row.idNumber };
      existing = lookup(fits[0]!.idNumber);
      if (!existing) return { ok: false, field: 'idNumber', value: row.idNumber };
    } else existing = lookup(row.idNumber);
    let name = row.name;
    if (row.nameMasked) {
      if (!existing) return { ok: false, field: 'name', value: row.name };
      // A mask that does not fit stays as typed: the ID's owner has another name (name_differs).
      if (maskName(existing.name) === row.name) name = existing.name;
    }
    if (row.phoneMask !== null && (!existing || existing.phone === null || maskPhone(existing.phone) !== row.phoneMask)) return { ok: false, field: 'phone', value: row.phoneMask };
    return { ok: true, row: { ...row, name }, existing };
  };
}
