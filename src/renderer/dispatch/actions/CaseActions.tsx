// The action buttons of one case, only those the core allows now, and the form of the
// one being taken. Quick actions (立案, 签收, 核查通过, 批准延期) run on click.
import { Alert, Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CaseActionName, RecordedCaseDetail } from '../../../shared/cases';
import { useT } from '../../i18n/LocaleProvider';
import { ACTION_SPECS, orderedActions } from './actionSpecs';
import { DispatchForm } from './DispatchForm';
import { EvaluateForm } from './EvaluateForm';
import { ExtensionForm } from './ExtensionForm';
import { MergeForm } from './MergeForm';
import { NoteForm } from './NoteForm';
import { useActSubmit } from './useActSubmit';

/** The one-key shortcuts shown on their buttons. */
const KEY_HINTS: Partial<Record<CaseActionName, string>> = { register: 'r', dispatch: 'a' };

export function CaseActions({ detail, onDone }: { detail: RecordedCaseDetail; onDone: (updated: RecordedCaseDetail) => void }) {
  const t = useT();
  const [active, setActive] = useState<CaseActionName | null>(null);
  const quick = useActSubmit(onDone);
  const actions = orderedActions(detail.allowedActions);

  // A new state (after any action, here or elsewhere) may not allow the open form any more.
  useEffect(() => {
    setActive((a) => (a && detail.allowedActions.includes(a) ? a : null));
  }, [detail.allowedActions]);

  const done = (updated: RecordedCaseDetail) => {
    setActive(null);
    onDone(updated);
  };

  const press = (action: CaseActionName) => {
    quick.reset();
    if (ACTION_SPECS[action].form === 'quick') {
      setActive(null);
      void quick.submit({ caseId: detail.id, action }, []);
    } else setActive((a) => (a === action ? null : action));
  };

  if (actions.length === 0) {
    return (
      <Text fz="xs" c="dimmed" data-testid="case-actions-none">
        {t('action.none')}
      </Text>
    );
  }

  return (
    <Stack gap={8} data-testid="case-actions">
      <Group gap={6}>
        {actions.map((action) => {
          const { tone } = ACTION_SPECS[action];
          const hint = KEY_HINTS[action];
          return (
            <Button
              key={action}
              size="xs"
              variant={tone === 'primary' ? (active === action ? 'outline' : 'filled') : active === action ? 'filled' : 'light'}
              color={tone === 'danger' ? 'red' : tone === 'neutral' ? 'gray' : undefined}
              onClick={() => press(action)}
              loading={quick.busy && ACTION_SPECS[action].form === 'quick'}
              data-testid={`case-action-${action}`}
              rightSection={hint ? <Kbd size="xs">{hint}</Kbd> : undefined}
            >
              {t(`caseAction.${action}`)}
            </Button>
          );
        })}
      </Group>
      {quick.errors.general && (
        <Alert color="red" p={8} data-testid="action-error">
          <Text fz="sm">{quick.errors.general}</Text>
          {quick.errors.technical && (
            <Text fz="xs" c="dimmed">
              {quick.errors.technical}
            </Text>
          )}
        </Alert>
      )}
      {active && <ActionForm key={active} detail={detail} action={active} onDone={done} onCancel={() => setActive(null)} />}
    </Stack>
  );
}

function ActionForm({ detail, action, onDone, onCancel }: { detail: RecordedCaseDetail; action: CaseActionName; onDone: (d: RecordedCaseDetail) => void; onCancel: () => void }) {
  switch (ACTION_SPECS[action].form) {
    case 'dispatch':
      return <DispatchForm detail={detail} action="dispatch" onDone={onDone} onCancel={onCancel} />;
    case 'reassign':
      return <DispatchForm detail={detail} action="reassign" onDone={onDone} onCancel={onCancel} />;
    case 'merge':
      return <MergeForm detail={detail} onDone={onDone} onCancel={onCancel} />;
    case 'evaluate':
      return <EvaluateForm detail={detail} onDone={onDone} onCancel={onCancel} />;
    case 'extension':
      return <ExtensionForm detail={detail} onDone={onDone} onCancel={onCancel} />;
    case 'reason':
      return <NoteForm detail={detail} action={action} required onDone={onDone} onCancel={onCancel} />;
    case 'note':
    case 'quick':
      return <NoteForm detail={detail} action={action} required={false} onDone={onDone} onCancel={onCancel} />;
  }
}
