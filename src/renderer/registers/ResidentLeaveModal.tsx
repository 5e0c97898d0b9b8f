// 迁出 / 死亡: the resident leaves the register on a day; the core keeps them as history
// (never deleted) and settles the household (空置 when its last member left).
import type { ResidentBrief } from '../../shared/views';
import { api } from '../api/api';
import { useT } from '../i18n/LocaleProvider';
import { chinaToday } from './chinaToday';
import { RegisterFormModal, textOf, type FormValues } from './RegisterFormModal';

export function ResidentLeaveModal({ resident, onClose }: { resident: ResidentBrief | null; onClose: () => void }) {
  const t = useT();
  const submit = async (v: FormValues) => {
    if (!resident) return;
    const note = textOf(v, 'note');
    await api.call('resident.leave', { id: resident.id, status: textOf(v, 'status') === 'deceased' ? 'deceased' : 'moved_out', onDate: textOf(v, 'onDate'), ...(note ? { note } : {}) });
  };
  return (
    <RegisterFormModal
      opened={resident !== null}
      onClose={onClose}
      title={resident ? t('registers.leaveTitle', { name: resident.name }) : ''}
      testId="resident-leave"
      size={440}
      hint={t('registers.leaveHint')}
      fields={[
        {
          name: 'status',
          kind: 'segmented',
          label: t('registers.field.status'),
          options: [
            { value: 'moved_out', label: t('registers.status.moved_out') },
            { value: 'deceased', label: t('registers.status.deceased') },
          ],
          testId: 'leave-status',
        },
        { name: 'onDate', kind: 'date', label: t('registers.field.onDate'), testId: 'leave-date' },
        { name: 'note', kind: 'text', label: t('registers.field.note') },
      ]}
      initial={{ status: 'moved_out', onDate: chinaToday(), note: '' }}
      submit={submit}
      saveColor="red"
      saveTestId="leave-save"
    />
  );
}
