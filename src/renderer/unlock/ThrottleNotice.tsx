// A throttled sign-in: a live countdown to the next allowed try, or the word that an
// administrator must lift the lockout.
import { Alert } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useLocale } from '../i18n/LocaleProvider';
import { secondsLeft, type Throttle } from './throttle';
import { officeNow } from '../session/officeClock';

export function ThrottleNotice({ throttle }: { throttle: Throttle }) {
  const { t, locale } = useLocale();
  const [now, setNow] = useState(() => officeNow());
  const retryAt = throttle.kind === 'wait' ? throttle.retryAt : null;
  const left = retryAt === null ? 0 : secondsLeft(retryAt, now);

  useEffect(() => {
    if (retryAt === null || left === 0) return;
    // Tick when the shown whole second changes, not on a free-running interval that drifts.
    const remainder = (retryAt - officeNow()) % 1000 || 1000;
    const timer = setTimeout(() => setNow(officeNow()), Math.max(20, remainder + 5));
    return () => clearTimeout(timer);
  }, [retryAt, left]);

  if (throttle.kind === 'lockedOut') {
    return (
      <Alert color="red" variant="light" py="xs" data-testid="unlock-throttle" data-throttle="lockedOut" role="alert">
        {t('accounts.throttle.lockedOut')}
      </Alert>
    );
  }
  if (left === 0) {
    return (
      <Alert color="blue" variant="light" py="xs" data-testid="unlock-throttle" data-throttle="ready">
        {t('accounts.throttle.ready')}
      </Alert>
    );
  }
  const minutes = Math.floor(left / 60);
  const seconds = left % 60;
  const wait = minutes > 0 ? t('accounts.throttle.minutes', { minutes, seconds }) : t('accounts.throttle.seconds', { seconds });
  const time = new Date(throttle.retryAt).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  return (
    <Alert color="orange" variant="light" py="xs" data-testid="unlock-throttle" data-throttle="wait" data-retry-at={throttle.retryAt} role="alert">
      <span className="tabular">{t('accounts.throttle.wait', { wait, time })}</span>
    </Alert>
  );
}
