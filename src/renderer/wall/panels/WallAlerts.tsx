// The wall's alert strip, over the top of the map: each live device alert as its kind, the
// grid and the building's short name, and the time (the core sends nothing more). It
// reloads on every pushed alert.raised / alert.changed, so a new alert is up within a second;
// a handled one stays an hour, greyed. Hidden while there is nothing to show.
import { useEffect, useState } from 'react';
import type { WallAlert } from '../../../shared/alerts';
import { api } from '../../api/api';
import { useLocale } from '../../i18n/LocaleProvider';
import { DataField } from '../../i18n/Vocabulary';
import { clockTime } from '../format';

const SHOWN = 4;

export function useWallAlerts(communityId: number | null): WallAlert[] {
  const [alerts, setAlerts] = useState<WallAlert[]>([]);
  const [key, setKey] = useState(0);
  useEffect(() => {
    let live = true;
    api.call('wall.alerts', communityId === null ? {} : { communityId }).then(
      (a) => live && setAlerts(a),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [communityId, key]);
  useEffect(() => {
    const bump = () => setKey((k) => k + 1);
    const offRaised = api.on('alert.raised', bump);
    const offChanged = api.on('alert.changed', bump);
    // Handled alerts leave after an hour without any push.
    const timer = setInterval(bump, 60_000);
    return () => {
      offRaised();
      offChanged();
      clearInterval(timer);
    };
  }, []);
  return alerts;
}

export function WallAlerts({ communityId }: { communityId: number | null }) {
  const { t, tOpen } = useLocale();
  const alerts = useWallAlerts(communityId);
  if (alerts.length === 0) return null;
  const live = alerts.filter((a) => a.status === 'open' || a.status === 'escalated');
  const shown = alerts.slice(0, SHOWN);
  return (
    <section
      data-testid="wall-alerts"
      data-live={live.length}
      style={{
        gridArea: 'map',
        alignSelf: 'start',
        justifySelf: 'center',
        zIndex: 5,
        marginTop: 'calc(var(--u) * 12)',
        width: 'min(100%, calc(var(--u) * 860))',
        background: 'rgba(40, 6, 10, 0.88)',
        border: `calc(var(--u) * 2) solid ${live.length > 0 ? '#ff4d4f' : 'rgba(255,255,255,0.25)'}`,
        borderRadius: 'calc(var(--u) * 8)',
        padding: 'calc(var(--u) * 8) calc(var(--u) * 14)',
        boxShadow: live.length > 0 ? '0 0 calc(var(--u) * 24) rgba(255, 77, 79, 0.55)' : undefined,
      }}
    >
      <h2 style={{ margin: 0, fontSize: 'calc(var(--u) * 20)', color: '#ffb3b3', display: 'flex', justifyContent: 'space-between' }}>
        <span data-wall-text>{t('wall.alerts.title')}</span>
        {alerts.length > SHOWN && <span data-wall-text>{t('wall.alerts.more', { count: alerts.length - SHOWN })}</span>}
      </h2>
      {shown.map((a) => {
        const isLive = a.status === 'open' || a.status === 'escalated';
        return (
          <div
            key={a.id}
            data-testid="wall-alert"
            data-alert-id={a.id}
            data-rule={a.rule}
            data-status={a.status}
            style={{ display: 'flex', gap: 'calc(var(--u) * 14)', alignItems: 'baseline', fontSize: 'calc(var(--u) * 22)', lineHeight: 1.5, color: isLive ? '#ffffff' : 'rgba(255,255,255,0.45)', whiteSpace: 'nowrap', overflow: 'hidden' }}
          >
            <span data-wall-text style={{ color: isLive ? '#ff7875' : undefined, fontWeight: 700 }}>
              {tOpen('alerts.rule', a.rule)}
            </span>
            <span data-wall-text style={{ overflow: 'hidden', textOverflow: 'ellipsis', flex: 1 }}>
              <DataField>{[a.gridLabel, a.buildingShort].filter(Boolean).join(' · ') || t('alerts.noPlace')}</DataField>
            </span>
            <span data-wall-text>{tOpen('alerts.status', a.status)}</span>
            <span data-wall-text style={{ fontVariantNumeric: 'tabular-nums' }}>{clockTime(a.raisedAt)}</span>
          </div>
        );
      })}
    </section>
  );
}
