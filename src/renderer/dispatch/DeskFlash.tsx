// The desk's short-lived message after a one-key action (a, r) or an intake: what was
// done to which case, or why it was refused. Announced to screen readers.
import { Notification } from '@mantine/core';
import { useT } from '../i18n/LocaleProvider';
import type { Flash } from './useDispatchDesk';

export function DeskFlash({ flash, onClose }: { flash: Flash | null; onClose: () => void }) {
  const t = useT();
  if (!flash) return null;
  return (
    <div role="status" aria-live="polite" style={{ position: 'fixed', left: '50%', bottom: 24, transform: 'translateX(-50%)', zIndex: 300, minWidth: 360, maxWidth: 640 }}>
      <Notification
        key={flash.seq}
        color={flash.tone === 'ok' ? 'teal' : 'red'}
        title={flash.tone === 'ok' ? t('dispatch.flash.okTitle') : t('dispatch.flash.errorTitle')}
        onClose={onClose}
        withBorder
        data-testid="desk-flash"
        data-tone={flash.tone}
      >
        {flash.text}
      </Notification>
    </div>
  );
}
