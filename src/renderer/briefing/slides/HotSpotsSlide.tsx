// 热点区域: the scope's map with the hot spots numbered, and the list of them by place.
import { DataField } from '../../i18n/Vocabulary';
import { fmtCategory, fmtCount } from '../format';
import { HOT_SPOT_COLORS, type BriefingMapView } from '../map/briefingMap';
import { SlideMap } from '../map/SlideMap';
import { PlaceName } from '../placeWords';
import type { SlideContext } from '../slideContext';
import { SlideFrame } from './SlideFrame';

export function HotSpotsSlide({ ctx, title, view }: { ctx: SlideContext; title: string; view: BriefingMapView }) {
  const { deck, t } = ctx;
  const hs = deck.hotSpots;
  return (
    <SlideFrame ctx={ctx} title={title} testId="briefing-slide-hotspots">
      <div className="bs-split">
        <SlideMap deck={deck} base={ctx.base} view={view} image={ctx.images[view.id]} live={ctx.live} pendingLabel={t('briefing.map.loading')} />
        <div className="bs-side">
          {hs.top.length === 0 ? (
            <p style={{ fontSize: 26 }}>{t('briefing.hotSpots.none')}</p>
          ) : (
            <ol className="bs-spots">
              {hs.top.map((s) => (
                <li key={s.rank} data-testid="briefing-hotspot">
                  <span className="bs-rank" style={{ background: HOT_SPOT_COLORS[s.rank - 1] ?? '#495057' }}>
                    {s.rank}
                  </span>
                  <div style={{ minWidth: 0 }}>
                    <div className="bs-spot-place">
                      <PlaceName t={t} place={s.place} />
                    </div>
                    <div className="bs-spot-meta">
                      <b style={{ color: 'var(--bs-navy)', fontSize: 22 }}>{t('briefing.hotSpots.count', { count: s.count })}</b>
                      {' · '}
                      {t('briefing.hotSpots.vsPrevious', { count: s.previousCount })}
                      {s.gridName && (
                        <>
                          {' · '}
                          <DataField>{s.gridName}</DataField>
                        </>
                      )}
                    </div>
                    <div className="bs-spot-meta">{t('briefing.hotSpots.mainly', { categories: s.topCategories.map((c) => `${fmtCategory(t, c.code, c.name)} ${t.num(c.count)}`).join(t('briefing.listSeparator')) })}</div>
                  </div>
                </li>
              ))}
            </ol>
          )}
          <p className="bs-note" style={{ marginTop: 14 }}>
            {t('briefing.hotSpots.method', {
              radius: Math.round(hs.maxDistanceKm * 1000),
              minPoints: hs.minPoints,
              cases: fmtCount(t, hs.casesConsidered),
              inClusters: fmtCount(t, hs.casesInClusters),
              clusters: hs.clustersFound,
            })}
          </p>
        </div>
      </div>
    </SlideFrame>
  );
}
