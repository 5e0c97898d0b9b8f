// 群众评事: the resident's satisfaction (1–5) with an optional remark. Until stars are
// picked a hint says how; once that is an error, the error says it instead (one message).
import type { RecordedCaseDetail } from '../../../shared/cases';
import { Group, Input, Rating, Text } from '@mantine/core';
import { useState } from 'react';
import { TEXT_LIMITS } from '../../../shared/vocab/inputRules';
import { useT } from '../../i18n/LocaleProvider';
import { CountedTextarea } from './CountedTextarea';
import { ActionFormShell } from './ActionFormShell';
import { useActSubmit } from './useActSubmit';

export function EvaluateForm({ detail, onDone, onCancel }: { detail: RecordedCaseDetail; onDone: (d: RecordedCaseDetail) => void; onCancel: () => void }) {
  const t = useT();
  const [satisfaction, setSatisfaction] = useState(0);
  const [note, setNote] = useState('');
  const input = { caseId: detail.id, action: 'evaluate', satisfaction, ...(note.trim() ? { note } : {}) };
  const { submit, busy, errors, left } = useActSubmit(onDone, input);
  const send = () => void submit(input, ['satisfaction', 'note']);
  const missing = errors.fields.satisfaction;
  return (
    <ActionFormShell action="evaluate" busy={busy} errors={errors} onSubmit={send} onCancel={onCancel}>
      <Input.Wrapper label={t('action.satisfaction')} withAsterisk error={missing}>
        <Group gap={8} mt={2}>
          <Rating value={satisfaction} onChange={setSatisfaction} size="md" getSymbolLabel={(value) => t('detail.satisfactionValue', { value })} data-testid="action-satisfaction" />
          {!missing && (
            <Text fz="xs" c="dimmed" data-testid="action-satisfaction-hint">
              {satisfaction > 0 ? t(`satisfaction.${satisfaction as 1 | 2 | 3 | 4 | 5}`) : t('action.satisfactionHint')}
            </Text>
          )}
        </Group>
      </Input.Wrapper>
      <CountedTextarea size="xs" label={t('actionNote.evaluate')} value={note} onChange={setNote} error={errors.fields.note} onBlur={() => left('note')} autosize minRows={2} limit={TEXT_LIMITS.note} testId="action-note" />
      <Text fz="xs" c="dimmed" data-testid="action-on-behalf-hint">
        {t('action.evaluateOnBehalf')}
      </Text>
    </ActionFormShell>
  );
}
