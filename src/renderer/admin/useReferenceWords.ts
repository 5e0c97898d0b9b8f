// Words for reference records' history values: a department's name for its id, a work unit,
// a first-dispatch rule and a case class as the UI says them, so 变更记录 reads 处置时限单位
// 工作日 → 工作时 and 权属部门 A → B rather than codes and numbers.
import { CASE_CLASSES } from '../../shared/domain';
import { WORK_UNITS } from '../../shared/vocab/cases';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import type { ValueWords } from '../registers/RecordHistory';
import { useRegisterChanged } from '../registers/useRegisterChanged';

export function useReferenceWords(): ValueWords {
  const t = useT();
  const departments = useApiQuery('department.list', {}, useRegisterChanged());
  const names = new Map<number, string>();
  if (departments.status === 'ok') for (const d of departments.data.departments) names.set(d.id, d.name);
  return (field, value) => {
    if (field === 'ownerDepartmentId' && typeof value === 'number') return names.get(value);
    const unit = WORK_UNITS.find((u) => u === value);
    if (field === 'limitUnit' && unit) return t(`workUnit.${unit}`);
    if (field === 'dispatchTo' && (value === 'owner' || value === 'territory')) return t(`admin.dispatchTo.${value}`);
    const cls = CASE_CLASSES.find((c) => c === value);
    if (field === 'caseClass' && cls) return t(`caseClass.${cls}`);
    return undefined;
  };
}
