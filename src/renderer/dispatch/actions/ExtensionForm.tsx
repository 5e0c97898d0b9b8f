// 申请延期: how much more time (working hours or days) and why.
import { Group, NumberInput, SegmentedControl } from '@mantine/core';
import { useState } from 'react';
import type { RecordedCaseDetail } from '../../../shared/cases';
import { WORK_UNITS, type WorkUnit } from '../../../shared/vocab/cases';
import { TEXT_LIMITS } from '../../../shared/vocab/inputRules';
import { useT } from '../../i18n/LocaleProvider';
import { CountedTextarea } from './CountedTextarea';
import { ActionFormShell } from './ActionFormShell';
import { useActSubmit } from './useActSubmit';

export function ExtensionForm({ detail, onDone, onCancel }: { detail: RecordedCaseDetail; onDone: (d: RecordedCaseDetail) => void; onCancel: () => void }) {
  const t = useT();
  const [amount, setAmount] = useState<number | string>(1);
  const [unit, setUnit] = useState<WorkUnit>('work_day');
  const [note, setNote] = useState('');
  const input = { caseId: detail.id, action: 'requestExtension', amount: typeof amount === 'number' ? amount : Number(amount), unit, note };
  const { submit, busy, errors, left } = useActSubmit(onDone, input);
  const send = () => void submit(input, ['amount', 'unit', 'note']);
  return (
    <ActionFormShell action="requestExtension" busy={busy} errors={errors} onSubmit={send} onCancel={onCancel}>
      <Group gap={8} align="flex-end">
        <NumberInput size="xs" w={110} label={t('action.extensionAmount')} withAsterisk min={1} max={60} allowDecimal={false} value={amount} onChange={setAmount} error={errors.fields.amount} onBlur={() => left('amount')} data-testid="action-amount" />
        <SegmentedControl size="xs" value={unit} onChange={(v) => setUnit(v as WorkUnit)} data={WORK_UNITS.map((u) => ({ value: u, label: t(`workUnit.${u}`) }))} data-testid="action-unit" />
      </Group>
      <CountedTextarea size="xs" label={t('actionNote.requestExtension')} withAsterisk value={note} onChange={setNote} error={errors.fields.note} onBlur={() => left('note')} autosize minRows={2} limit={TEXT_LIMITS.note} testId="action-note" />
    </ActionFormShell>
  );
}
