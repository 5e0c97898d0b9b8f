// The wall's title bar: street and title, what the figures cover, the live clock, and
// the rotation switch (also on the R key).
import { useEffect, useState } from 'react';
import { useLocale } from '../i18n/LocaleProvider';
import { DataField } from '../i18n/Vocabulary';
import { chinaDate, clockTime } from './format';
import type { Rotation } from './useRotation';
import { officeNow } from '../session/officeClock';

function WallClock() {
  const [now, setNow] = useState(() => officeNow());
  useEffect(() => {
    const timer = setInterval(() => setNow(officeNow()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <span className="wall-clock" data-testid="wall-clock" data-wall-text>
      <span className="wall-clock-date">{chinaDate(now)}</span>
      {clockTime(now, true)}
    </span>
  );
}

/** `scopeName` is a community's name when one is in focus (data), else the catalog's word for the whole street. */
export function WallHeader({ streetName, scopeName, scopeIsPlace, rotation }: { streetName: string; scopeName: string; scopeIsPlace: boolean; rotation: Rotation }) {
  const { t } = useLocale();
  return (
    <header className="wall-header" data-testid="wall-header">
      <span className="wall-title" data-wall-text>
        <span className="wall-title-street">
          <DataField>{streetName}</DataField>
        </span>
        {t('wall.title')}
      </span>
      <span className="wall-scope" data-testid="wall-scope" data-wall-text>
        {scopeIsPlace ? <DataField>{scopeName}</DataField> : scopeName}
        {rotation.enabled && ` · ${t('wall.rotation.progress', { index: rotation.step, total: rotation.steps })}`}
      </span>
      <span className="wall-header-spacer" />
      <span className="wall-live" data-wall-text>
        <span className="wall-live-dot" />
        {t('wall.live')}
      </span>
      <WallClock />
      <button type="button" className="wall-button" aria-pressed={rotation.enabled} onClick={rotation.toggle} data-testid="wall-rotate">
        {rotation.enabled ? t('wall.rotation.stop') : t('wall.rotation.start')}
      </button>
    </header>
  );
}
