// 案件趋势: cases per day against the previous period, with the totals in words.
import { TREND_COLORS, TrendChart } from '../charts/TrendChart';
import type { SlideContext } from '../slideContext';
import { trendFacts } from '../story';
import { SlideFrame } from './SlideFrame';

export function TrendSlide({ ctx, title }: { ctx: SlideContext; title: string }) {
  const { deck, t } = ctx;
  const dayLabel = (date: string) => {
    const [, m, d] = date.split('-').map(Number);
    return t('briefing.dateShort', { m: m ?? 0, d: d ?? 0 });
  };
  return (
    <SlideFrame ctx={ctx} title={title} testId="briefing-slide-trend">
      <div className="bs-legend" style={{ fontSize: 20, marginBottom: 8 }}>
        <span>
          <i style={{ background: TREND_COLORS.reported }} />
          {t('briefing.trend.reported')}
        </span>
        <span>
          <i style={{ background: TREND_COLORS.closed }} />
          {t('briefing.trend.closed')}
        </span>
        <span>
          <i style={{ background: TREND_COLORS.previous }} />
          {t('briefing.trend.previous')}
        </span>
      </div>
      <TrendChart days={deck.trend} width={1472} height={520} dayLabel={dayLabel} />
      <ul className="bs-points" style={{ display: 'flex', gap: 48, marginTop: 14 }}>
        {trendFacts(t, deck).map((f) => (
          <li key={f} style={{ fontSize: 22 }}>
            {f}
          </li>
        ))}
      </ul>
    </SlideFrame>
  );
}
