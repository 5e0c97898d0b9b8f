// Actions that carry only a note: required (a reason) or optional.
import { Textarea } from '@mantine/core';
import { useState } from 'react';
import type { CaseActionName } from '../../../shared/cases';
import type { CaseDetail } from '../../../shared/views';
import { useLocale } from '../../i18n/LocaleProvider';
import { ActionFormShell } from './ActionFormShell';
import { useActSubmit } from './useActSubmit';

interface Props {
  detail: CaseDetail;
  action: CaseActionName;
  required: boolean;
  onDone: (updated: CaseDetail) => void;
  onCancel: () => void;
}

export function NoteForm({ detail, action, required, onDone, onCancel }: Props) {
  const { t, tOpen } = useLocale();
  const [note, setNote] = useState('');
  const { submit, busy, errors } = useActSubmit(onDone);
  const send = () => void submit({ caseId: detail.id, action, ...(note.trim() || required ? { note } : {}) }, ['note']);
  return (
    <ActionFormShell action={action} busy={busy} errors={errors} onSubmit={send} onCancel={onCancel}>
      <Textarea
        size="xs"
        label={tOpen('actionNote', action) === action ? t('actionNote.default') : tOpen('actionNote', action)}
        withAsterisk={required}
        placeholder={required ? t('action.reasonPlaceholder') : t('action.notePlaceholder')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={errors.fields.note}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={500}
        data-autofocus
        autoFocus
        data-testid="action-note"
      />
    </ActionFormShell>
  );
}
