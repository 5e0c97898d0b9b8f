// 修改密码 for everyone: current password, new password twice; says when it is done.
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/LocaleProvider';
import { useSession } from '../session/SessionProvider';
import { PasswordChangeForm } from './PasswordChangeForm';

export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const { changePassword } = useSession();
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (opened) setDone(false);
  }, [opened]);
  return (
    <Modal opened={opened} onClose={onClose} title={t('accounts.change.title')} centered size={440} data-testid="change-password-modal">
      {done ? (
        <Stack gap="md">
          <Alert color="green" variant="light" data-testid="change-password-done">
            {t('accounts.change.done')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="change-password-close">
              {t('accounts.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        // Mounted only while open, so a reopened dialog starts empty.
        opened && (
          <PasswordChangeForm
            testId="change-password-form"
            askOld
            submitLabel={t('accounts.change.submit')}
            onSubmit={async (oldPassword, newPassword) => {
              await changePassword(oldPassword, newPassword);
              setDone(true);
            }}
            actions={
              <Button variant="default" onClick={onClose}>
                {t('accounts.cancel')}
              </Button>
            }
          />
        )
      )}
    </Modal>
  );
}
