// Top bar: product and street with the work-area switch (地图 | 案件调度) on the left, the
// signed-in user's menu, language and lock on the right. The console locks itself when
// idle from here: the header lives exactly as long as the console (the wall never mounts it).
import { Button, Group, SegmentedControl, Tooltip } from '@mantine/core';
import type { UserView } from '../../shared/views';
import { UserMenu } from '../accounts/UserMenu';
import { useIdleLock } from '../accounts/useIdleLock';
import { BriefingButton } from '../briefing/BriefingButton';
import { NotificationBell } from '../notifications/NotificationBell';
import { AlertsButton } from '../alerts/AlertsButton';
import { ImportButton } from '../registers/ImportButton';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useT } from '../i18n/LocaleProvider';
import { consoleColors } from '../theme/consoleColors';
import { useSession } from '../session/SessionProvider';
import { DEFAULT_IDLE_MINUTES } from '../session/sessionState';
import { BrandMark } from '../unlock/BrandMark';
import type { ConsoleMode } from './consoleMode';

interface Props {
  user: UserView;
  streetName: string;
  district: string | null;
  onLock: () => void;
  mode: ConsoleMode;
  onMode: (mode: ConsoleMode) => void;
}

export function ConsoleHeader({ user, streetName, district, onLock, mode, onMode }: Props) {
  const t = useT();
  const { state, lock } = useSession();
  useIdleLock(state.phase === 'unlocked' ? state.idleMinutes : DEFAULT_IDLE_MINUTES, () => void lock('idle'));
  return (
    <Group
      component="header"
      h={52}
      px="md"
      justify="space-between"
      wrap="nowrap"
      style={{ background: consoleColors.headerBg, color: consoleColors.headerText, gridArea: 'header' }}
    >
      <Group gap="xl" wrap="nowrap">
        <BrandMark size="sm" streetName={district ? `${district} · ${streetName}` : streetName} />
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) => onMode(v as ConsoleMode)}
          data={[
            { value: 'map', label: <span data-testid="mode-map">{t('mode.map')}</span> },
            { value: 'dispatch', label: <span data-testid="mode-dispatch">{t('mode.dispatch')}</span> },
            { value: 'party', label: <span data-testid="mode-party">{t('mode.party')}</span> },
            { value: 'care', label: <span data-testid="mode-care">{t('mode.care')}</span> },
            { value: 'meetings', label: <span data-testid="mode-meetings">{t('mode.meetings')}</span> },
            // Redrawing grids is an administrator's job: others do not see the tab.
            ...(user.role === 'admin' ? [{ value: 'grids', label: <span data-testid="mode-grids">{t('mode.grids')}</span> }] : []),
          ]}
          aria-label={t('mode.label')}
          data-testid="mode-switch"
          styles={{ root: { background: 'rgba(255,255,255,0.14)' }, label: { color: '#dbe6f7', padding: '2px 14px', fontSize: 13 }, indicator: { background: '#ffffff' } }}
          classNames={{ label: 'language-switch-dark-label' }}
        />
      </Group>
      <Group gap="md" wrap="nowrap">
        <AlertsButton user={user} />
        <NotificationBell user={user} />
        <ImportButton user={user} />
        <UserMenu user={user} />
        <BriefingButton />
        <LanguageSwitch onDark />
        <Tooltip label={t('header.lockHint')}>
          <Button variant="white" color="dark" size="xs" onClick={onLock} data-testid="lock-button" leftSection={<LockIcon />}>
            {t('header.lock')}
          </Button>
        </Tooltip>
      </Group>
    </Group>
  );
}

function LockIcon() {
  return (
    <svg width={13} height={13} viewBox="0 0 16 16" aria-hidden="true">
      <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" stroke="currentColor" strokeWidth="1.8" fill="none" />
    </svg>
  );
}
