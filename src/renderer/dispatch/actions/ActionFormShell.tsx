// The frame of every action form: a title, the fields, the general error (conflict,
// network) with the server's words beneath, and submit / cancel. Ctrl+Enter submits.
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import type { CaseActionName } from '../../../shared/cases';
import { useT } from '../../i18n/LocaleProvider';
import type { FormErrors } from './fieldErrors';

interface Props {
  action: CaseActionName;
  busy: boolean;
  errors: FormErrors;
  submitLabel?: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function ActionFormShell({ action, busy, errors, submitLabel, onSubmit, onCancel, children }: Props) {
  const t = useT();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Paper withBorder p={10} radius="sm" bg="gray.0" data-testid="action-form" data-action={action}>
      <form
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
        noValidate
      >
        <Stack gap={8}>
          <Text fz="sm" fw={700}>
            {t(`caseAction.${action}`)}
          </Text>
          {children}
          {errors.general && (
            <Alert color="red" p={8} data-testid="action-error">
              <Text fz="sm">{errors.general}</Text>
              {errors.technical && errors.technical !== errors.general && (
                <Text fz="xs" c="dimmed" mt={2}>
                  {errors.technical}
                </Text>
              )}
            </Alert>
          )}
          <Group gap={6} justify="flex-end">
            <Button size="xs" variant="default" onClick={onCancel} data-testid="action-cancel">
              {t('common.cancel')}
            </Button>
            <Button size="xs" type="submit" loading={busy} data-testid="action-submit" color={action === 'cancel' || action === 'verifyFail' || action === 'refuseExtension' ? 'red' : undefined}>
              {submitLabel ?? t('action.confirm', { action: t(`caseAction.${action}`) })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
