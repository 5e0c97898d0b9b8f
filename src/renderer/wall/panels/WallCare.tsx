// 关爱走访 on the wall: vulnerable residents, those with a visit overdue and those due within a
// week, and the grids with most overdue. Counts only, from wall.care (the core hides any grid
// cell under k and sends no person). Reloads on care.changed (a visit recorded, a rule changed)
// and every ten minutes, as overdue follows the clock.
import { useEffect, useState } from 'react';
import type { SharedCareFigure, SharedCareGrid } from '../../../shared/care';
import { api } from '../../api/api';
import { useLocale } from '../../i18n/LocaleProvider';
import { DataField } from '../../i18n/Vocabulary';
import { Panel } from './Panel';

const GRIDS_SHOWN = 2;
const REFRESH_MS = 10 * 60_000;

export function useWallCare(communityId: number | null): SharedCareFigure | null {
  const [figure, setFigure] = useState<SharedCareFigure | null>(null);
  const [key, setKey] = useState(0);
  useEffect(() => {
    let live = true;
    api.call('wall.care', communityId === null ? {} : { communityId }).then(
      (f) => live && setFigure(f),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [communityId, key]);
  useEffect(() => {
    const bump = () => setKey((k) => k + 1);
    const off = api.on('care.changed', bump);
    const timer = setInterval(bump, REFRESH_MS);
    return () => {
      off();
      clearInterval(timer);
    };
  }, []);
  return figure;
}

/** Grids with the most overdue first; hidden cells (null) after the shown ones. */
function worstGrids(grids: readonly SharedCareGrid[]): SharedCareGrid[] {
  return grids.filter((g) => g.overdue !== 0).sort((a, b) => (b.overdue ?? -1) - (a.overdue ?? -1) || a.gridId - b.gridId).slice(0, GRIDS_SHOWN);
}

export function WallCare({ communityId, height }: { communityId: number | null; height: number }) {
  const { t, num } = useLocale();
  const figure = useWallCare(communityId);
  const shown = (n: number | null) => (n === null ? t('wall.care.hidden', { k: figure?.k ?? 0 }) : num(n));
  return (
    <Panel title={t('wall.care.title')} testId="wall-care" height={height} aside={figure && <span className="wall-metric-label" style={{ fontWeight: 400 }} data-wall-text>{t('wall.care.k', { k: figure.k })}</span>}>
      {figure && (
        <>
          <div className="wall-party-work" style={{ gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', marginTop: 0 }}>
            {(
              [
                ['residents', figure.residents],
                ['overdue', figure.overdue],
                ['dueSoon', figure.dueSoon],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="wall-party-figure" style={{ borderTopColor: 'rgba(120, 200, 255, 0.35)' }}>
                <div className="wall-party-figure-value" data-wall-text data-testid={`wall-care-${key}`} style={key === 'overdue' ? { color: '#ffb020' } : { color: '#cfe8ff' }}>
                  {shown(value)}
                </div>
                <div className="wall-party-figure-label" data-wall-text>
                  {t(`wall.care.${key}`)}
                </div>
              </div>
            ))}
          </div>
          {worstGrids(figure.grids).map((g) => (
            <div key={g.gridId} data-testid="wall-care-grid" style={{ display: 'flex', justifyContent: 'space-between', gap: 'calc(var(--u) * 8)', fontSize: 'calc(var(--u) * 18)', lineHeight: 'calc(var(--u) * 24)', color: 'var(--wall-text)' }}>
              <span data-wall-text style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                <DataField>{g.gridName}</DataField>
              </span>
              <span data-wall-text style={{ whiteSpace: 'nowrap', color: 'var(--wall-muted)' }}>
                {t('wall.care.gridOverdue', { overdue: shown(g.overdue) })}
              </span>
            </div>
          ))}
        </>
      )}
    </Panel>
  );
}
