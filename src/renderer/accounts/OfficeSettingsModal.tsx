// 系统设置 (administrators): idle lock minutes, the longest session, and whether one person
// may verify the feedback they recorded themselves.
import { Alert, Button, Group, Loader, Modal, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { OfficeSettingsView } from '../../shared/accounts';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { refusalsByField } from './fieldRefusals';
import { useSettingsDraft } from './useSettingsDraft';

const FIELDS = ['session.idleMinutes', 'session.maxAgeHours', 'workflow.allowSelfVerify'] as const;
type Field = (typeof FIELDS)[number];

export function OfficeSettingsModal({ opened, onClose, onSaved }: { opened: boolean; onClose: () => void; onSaved: (settings: OfficeSettingsView) => void }) {
  const t = useT();
  const loaded = useApiQuery('settings.get', opened ? {} : null);
  const { draft, setDraft, errors, setErrors, feedback, setFeedback } = useSettingsDraft<OfficeSettingsView, Field>(opened, loaded.status === 'ok' ? loaded.data : null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    setBusy(true);
    setErrors({});
    setFeedback(null);
    try {
      const saved = await api.call('settings.save', draft);
      setDraft(saved);
      setFeedback({ color: 'green', text: t('accounts.settings.saved') });
      onSaved(saved);
    } catch (error) {
      const { byField, unplaced } = refusalsByField(error, FIELDS);
      setErrors(byField);
      if (unplaced) setFeedback({ color: 'red', text: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const number = (value: string | number): number => (typeof value === 'number' ? value : Number.NaN);

  return (
    <Modal opened={opened} onClose={onClose} title={t('accounts.settings.title')} centered size={560} data-testid="office-settings-modal">
      {loaded.status === 'error' && (
        <Alert color="red" title={t('accounts.settings.loadFailed')}>
          {errorMessage(loaded.error, t)}
        </Alert>
      )}
      {loaded.status !== 'error' && !draft && <Loader size="sm" />}
      {draft && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <NumberInput
              label={t('accounts.settings.idle')}
              description={t('accounts.settings.idleHint')}
              value={draft['session.idleMinutes']}
              onChange={(v) => setDraft({ ...draft, 'session.idleMinutes': number(v) })}
              min={1}
              max={480}
              allowDecimal={false}
              error={errors['session.idleMinutes']}
              w="100%"
              data-testid="settings-idle-minutes"
            />
            <NumberInput
              label={t('accounts.settings.maxAge')}
              description={t('accounts.settings.maxAgeHint')}
              value={draft['session.maxAgeHours']}
              onChange={(v) => setDraft({ ...draft, 'session.maxAgeHours': number(v) })}
              min={1}
              max={72}
              allowDecimal={false}
              error={errors['session.maxAgeHours']}
              data-testid="settings-max-age"
            />
            <div>
              <Switch
                label={t('accounts.settings.selfVerify')}
                checked={draft['workflow.allowSelfVerify']}
                onChange={(e) => setDraft({ ...draft, 'workflow.allowSelfVerify': e.currentTarget.checked })}
                error={errors['workflow.allowSelfVerify']}
                data-testid="settings-self-verify"
              />
              <Text fz="xs" c="dimmed" mt={6} ml={54}>
                {t('accounts.settings.selfVerifyHint')}
              </Text>
            </div>
            {feedback && (
              <Alert color={feedback.color} variant="light" py="xs" data-testid="settings-feedback">
                {feedback.text}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('accounts.close')}
              </Button>
              <Button type="submit" loading={busy} data-testid="settings-save">
                {t('accounts.settings.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
