// The signed-in user in the header, as a menu: 修改密码 for everyone, 用户管理 and 系统设置
// for administrators. Owns the dialogs it opens.
import { Badge, Menu, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { UserView } from '../../shared/views';
import { useT } from '../i18n/LocaleProvider';
import { useSession } from '../session/SessionProvider';
import { consoleColors } from '../theme/consoleColors';
import { AdminModal } from '../admin/AdminModal';
import { BackupModal } from '../backup/BackupModal';
import { GisModal } from '../gis/GisModal';
import { SetupFlow } from '../newStreet/SetupFlow';
import { useSetupPrompt } from '../newStreet/useSetupPrompt';
import { ChangePasswordModal } from './ChangePasswordModal';
import { OfficeSettingsModal } from './OfficeSettingsModal';
import { UsersModal } from './UsersModal';

type Dialog = 'password' | 'users' | 'settings' | 'admin' | 'backup' | 'gis' | 'setup' | null;

export function UserMenu({ user }: { user: UserView }) {
  const t = useT();
  const { refresh } = useSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const admin = user.role === 'admin';
  useSetupPrompt(admin, () => setDialog('setup'));
  return (
    <>
      <Menu position="bottom-end" shadow="md" width={180} withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('accounts.menu.label')} data-testid="current-user" style={{ color: 'inherit', display: 'flex', alignItems: 'center', gap: 6 }}>
            <Text fz="sm" fw={600} c={consoleColors.headerText} data-field="">
              {user.displayName}
            </Text>
            <Badge color="gray.0" variant="outline" size="sm" styles={{ root: { color: consoleColors.headerMuted, borderColor: 'rgba(255,255,255,0.3)' } }}>
              {t(`role.${user.role}`)}
            </Badge>
            <Caret />
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setDialog('password')} data-testid="menu-change-password">
            {t('accounts.menu.changePassword')}
          </Menu.Item>
          {admin && (
            <>
              <Menu.Divider />
              <Menu.Item onClick={() => setDialog('users')} data-testid="menu-users">
                {t('accounts.menu.users')}
              </Menu.Item>
              <Menu.Item onClick={() => setDialog('settings')} data-testid="menu-settings">
                {t('accounts.menu.settings')}
              </Menu.Item>
              <Menu.Item onClick={() => setDialog('admin')} data-testid="menu-admin">
                {t('admin.menu')}
              </Menu.Item>
              <Menu.Item onClick={() => setDialog('backup')} data-testid="menu-backup">
                {t('backup.menu')}
              </Menu.Item>
              <Menu.Item onClick={() => setDialog('gis')} data-testid="menu-gis">
                {t('gis.menu')}
              </Menu.Item>
              <Menu.Item onClick={() => setDialog('setup')} data-testid="menu-setup">
                {t('newStreet.menu')}
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={dialog === 'password'} onClose={close} />
      {admin && <UsersModal opened={dialog === 'users'} onClose={close} currentUserId={user.id} />}
      {/* A new idle time applies to this console at once: the session status carries it. */}
      {admin && <AdminModal opened={dialog === 'admin'} onClose={close} />}
      {admin && <BackupModal opened={dialog === 'backup'} onClose={close} />}
      {admin && <GisModal opened={dialog === 'gis'} onClose={close} />}
      {admin && <SetupFlow opened={dialog === 'setup'} onClose={close} user={user} />}
      {admin && <OfficeSettingsModal opened={dialog === 'settings'} onClose={close} onSaved={() => void refresh()} />}
    </>
  );
}

function Caret() {
  return (
    <svg width={10} height={10} viewBox="0 0 10 10" aria-hidden="true" style={{ opacity: 0.7 }}>
      <path d="M1.5 3.5 5 7l3.5-3.5" stroke="currentColor" strokeWidth="1.5" fill="none" />
    </svg>
  );
}
