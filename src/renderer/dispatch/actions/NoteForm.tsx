// Actions that carry only a note: required (a reason) or optional. A handler's step taken
// at the desk is recorded for the case's handler (代录); another person may be named.
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CaseActionName, RecordedCaseDetail } from '../../../shared/cases';
import { HANDLER_STEPS } from '../../../shared/vocab/cases';
import { TEXT_LIMITS } from '../../../shared/vocab/inputRules';
import { useLocale } from '../../i18n/LocaleProvider';
import { ActionFormShell } from './ActionFormShell';
import { CountedTextarea } from './CountedTextarea';
import { useActSubmit } from './useActSubmit';

interface Props {
  detail: RecordedCaseDetail;
  action: CaseActionName;
  required: boolean;
  onDone: (updated: RecordedCaseDetail) => void;
  onCancel: () => void;
}

export function NoteForm({ detail, action, required, onDone, onCancel }: Props) {
  const { t, tOpen } = useLocale();
  const [note, setNote] = useState('');
  const [person, setPerson] = useState('');
  const handlerStep = (HANDLER_STEPS as readonly string[]).includes(action);
  const onBehalf = handlerStep && person.trim() ? { onBehalfOf: { kind: 'person', name: person } } : {};
  const input = { caseId: detail.id, action, ...(note.trim() || required ? { note } : {}), ...onBehalf };
  const { submit, busy, errors, left } = useActSubmit(onDone, input);
  const send = () => void submit(input, ['note', 'onBehalfOf']);
  return (
    <ActionFormShell action={action} busy={busy} errors={errors} onSubmit={send} onCancel={onCancel}>
      <CountedTextarea
        size="xs"
        label={tOpen('actionNote', action) === action ? t('actionNote.default') : tOpen('actionNote', action)}
        withAsterisk={required}
        placeholder={required ? t('action.reasonPlaceholder') : t('action.notePlaceholder')}
        value={note}
        onChange={setNote}
        error={errors.fields.note}
        onBlur={() => left('note')}
        autosize
        minRows={2}
        maxRows={6}
        limit={TEXT_LIMITS.note}
        data-autofocus
        autoFocus
        testId="action-note"
      />
      {handlerStep && (
        <TextInput
          size="xs"
          label={t('action.onBehalfOf')}
          description={t('action.onBehalfOfHint', { handler: detail.assignee ?? t('action.onBehalfOfNobody') })}
          placeholder={detail.assignee ?? ''}
          value={person}
          onChange={(e) => setPerson(e.currentTarget.value)}
          maxLength={TEXT_LIMITS.name}
          error={errors.fields.onBehalfOf}
          onBlur={() => left('onBehalfOf')}
          data-testid="action-on-behalf"
        />
      )}
    </ActionFormShell>
  );
}
