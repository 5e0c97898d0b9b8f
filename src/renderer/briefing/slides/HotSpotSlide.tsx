// One hot spot up close: its cases on the map, and what they are about.
import type { ReactNode } from 'react';
import type { BriefingHotSpot } from '../../../shared/briefing';
import { DataField } from '../../i18n/Vocabulary';
import { fmtCategory, fmtRate } from '../format';
import { HOT_SPOT_COLORS, type BriefingMapView } from '../map/briefingMap';
import { SlideMap } from '../map/SlideMap';
import type { SlideContext } from '../slideContext';
import { SlideFrame } from './SlideFrame';
import { DecideKey } from '../../meetings/briefing/DecideKey';

export function HotSpotSlide({ ctx, title, view, spot }: { ctx: SlideContext; title: ReactNode; view: BriefingMapView; spot: BriefingHotSpot }) {
  const { deck, t } = ctx;
  const color = HOT_SPOT_COLORS[spot.rank - 1] ?? '#495057';
  const fact = (label: string, value: string | number) => (
    <div className="bs-fact">
      <div className="bs-fact-label">{label}</div>
      <div className="bs-fact-value">{value}</div>
    </div>
  );
  return (
    <SlideFrame ctx={ctx} title={title} testId={`briefing-slide-hotspot-${spot.rank}`}>
      <div className="bs-split">
        <SlideMap deck={deck} base={ctx.base} view={view} image={ctx.images[view.id]} live={ctx.live} pendingLabel={t('briefing.map.loading')} />
        <div className="bs-side">
          <div className="bs-facts">
            {fact(t('briefing.hotSpot.cases'), spot.count)}
            {fact(t('briefing.hotSpot.previous'), spot.previousCount)}
            {fact(t('briefing.hotSpot.open'), spot.openNow)}
            {fact(t('briefing.hotSpot.radius'), t('briefing.hotSpot.radiusValue', { value: Math.round(spot.radiusM) }))}
          </div>
          <h2 className="bs-h2">
            {t('briefing.hotSpot.where')}
            <DecideKey ctx={ctx} target={{ kind: 'hot_spot', lng: spot.centroid[0], lat: spot.centroid[1], ...(spot.topCategories[0] ? { label: spot.topCategories[0].name } : {}) }} label={spot.gridName ?? String(spot.rank)} testId={`briefing-decide-spot-${spot.rank}`} />
          </h2>
          <p style={{ fontSize: 24, margin: '0 0 20px' }}>{spot.communityName || spot.gridName ? <DataField>{[spot.communityName, spot.gridName].filter(Boolean).join(' · ')}</DataField> : '—'}</p>
          <h2 className="bs-h2">{t('briefing.hotSpot.categories')}</h2>
          {spot.topCategories.map((c) => (
            <div key={c.name} style={{ marginBottom: 12 }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 23 }}>
                <span>{fmtCategory(t, c.code, c.name)}</span>
                <span>
                  {t.num(c.count)} · {t('briefing.hotSpot.share', { value: fmtRate(t, c.count / spot.count, 0) })}
                </span>
              </div>
              <div style={{ height: 12, background: '#eef1f5', borderRadius: 6 }}>
                <div style={{ width: `${(100 * c.count) / spot.count}%`, height: '100%', background: color, borderRadius: 6 }} />
              </div>
            </div>
          ))}
        </div>
      </div>
    </SlideFrame>
  );
}
