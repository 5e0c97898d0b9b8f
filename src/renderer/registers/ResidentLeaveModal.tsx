// 迁出 / 死亡: the resident leaves the register on a day; the core keeps them as history
// (never deleted) and settles the household (空置 when its last member left).
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ResidentBrief } from '../../shared/views';
import { api } from '../api/api';
import { useT } from '../i18n/LocaleProvider';
import { chinaToday } from './chinaToday';
import { formRefusal, type FormRefusal } from './FieldError';

const FIELDS = ['status', 'onDate', 'note'] as const;
type Field = (typeof FIELDS)[number];

export function ResidentLeaveModal({ resident, onClose }: { resident: ResidentBrief | null; onClose: () => void }) {
  const t = useT();
  return (
    <Modal opened={resident !== null} onClose={onClose} title={resident ? t('registers.leaveTitle', { name: resident.name }) : ''} size={440} centered data-testid="resident-leave">
      {resident && <LeaveForm key={resident.id} resident={resident} onDone={onClose} />}
    </Modal>
  );
}

function LeaveForm({ resident, onDone }: { resident: ResidentBrief; onDone: () => void }) {
  const t = useT();
  const [status, setStatus] = useState<'moved_out' | 'deceased'>('moved_out');
  const [onDate, setOnDate] = useState(chinaToday());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<FormRefusal<Field>>({ byField: {}, general: null });

  const save = async () => {
    setBusy(true);
    try {
      await api.call('resident.leave', { id: resident.id, status, onDate: onDate.trim(), ...(note.trim() ? { note: note.trim() } : {}) });
      onDone();
    } catch (e) {
      setRefusal(formRefusal(e, FIELDS, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap={10}>
      <Text fz="xs" c="dimmed">
        {t('registers.leaveHint')}
      </Text>
      <SegmentedControl
        size="xs"
        value={status}
        onChange={(v) => setStatus(v === 'deceased' ? 'deceased' : 'moved_out')}
        data={[
          { value: 'moved_out', label: t('registers.status.moved_out') },
          { value: 'deceased', label: t('registers.status.deceased') },
        ]}
        data-testid="leave-status"
      />
      <TextInput size="xs" label={t('registers.field.onDate')} value={onDate} error={refusal.byField.onDate} onChange={(e) => setOnDate(e.currentTarget.value)} data-testid="leave-date" />
      <TextInput size="xs" label={t('registers.field.note')} value={note} error={refusal.byField.note} onChange={(e) => setNote(e.currentTarget.value)} />
      {refusal.general && (
        <Alert color="red" title={t('registers.saveFailed')}>
          {refusal.general}
        </Alert>
      )}
      <Group justify="flex-end" gap={8}>
        <Button size="xs" variant="default" onClick={onDone}>
          {t('registers.cancel')}
        </Button>
        <Button size="xs" color="red" onClick={() => void save()} loading={busy} data-testid="leave-save">
          {t('registers.save')}
        </Button>
      </Group>
    </Stack>
  );
}
