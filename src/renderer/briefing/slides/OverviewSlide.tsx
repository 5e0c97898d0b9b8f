// 总体态势: the eight headline figures against the previous period, and the key points.
import type { ReactNode } from 'react';
import type { BriefingKpi } from '../../../shared/briefing';
import { fmtKpiDelta, fmtKpiValue } from '../format';
import type { SlideContext } from '../slideContext';
import { PlaceName, withPlace } from '../placeWords';
import { hotSpotFigures, keyPointItems } from '../story';
import { SlideFrame } from './SlideFrame';

function verdictClass(k: BriefingKpi): string {
  return k.verdict === 'better' ? 'bs-better' : k.verdict === 'worse' ? 'bs-worse' : 'bs-muted';
}

export function OverviewSlide({ ctx, title }: { ctx: SlideContext; title: ReactNode }) {
  const { deck, t } = ctx;
  return (
    <SlideFrame ctx={ctx} title={title} testId="briefing-slide-overview">
      <div className="bs-kpis">
        {deck.overview.kpis.map((k) => (
          <div className="bs-kpi" key={k.key} data-testid={`briefing-kpi-${k.key}`}>
            <div className="bs-kpi-label">{t(`briefing.kpi.${k.key}`)}</div>
            <div className="bs-kpi-value">{fmtKpiValue(t, k.unit, k.current)}</div>
            <div className="bs-kpi-foot">
              <span>{t('briefing.kpi.previous', { value: fmtKpiValue(t, k.unit, k.previous) })}</span>
              <span className={verdictClass(k)}>{fmtKpiDelta(t, k)}</span>
            </div>
          </div>
        ))}
      </div>
      <h2 className="bs-h2" style={{ marginTop: 26 }}>
        {t('briefing.overview.points')}
      </h2>
      <ul className="bs-points" style={{ marginTop: 0 }}>
        {keyPointItems(t, deck)
          .slice(0, 5)
          .map((p) =>
            typeof p === 'string' ? (
              <li key={p}>{p}</li>
            ) : (
              <li key="hotSpot" data-testid="briefing-point-hotspot">
                {withPlace(t('briefing.story.hotSpot', { place: '{place}', ...hotSpotFigures(t, p) }), <PlaceName t={t} place={p.place} />)}
              </li>
            ),
          )}
      </ul>
    </SlideFrame>
  );
}
