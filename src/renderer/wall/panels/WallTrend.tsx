// Thirty days of reports and closes as two lines. Drawn in SVG on the design grid (the
// viewBox is in design units), so it scales with the wall like everything else.
import type { WallTrendDay } from '../../../shared/wall';
import { useLocale } from '../../i18n/LocaleProvider';
import { Panel } from './Panel';

const W = 428;
// 74 units: the right column also holds the meetings' figures under the Party panel.
const H = 74;
const LEFT = 44;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 24;
const COLORS = { reported: '#34d3ff', closed: '#3ddc97' } as const;

function path(values: readonly number[], max: number): string {
  const step = values.length > 1 ? (W - LEFT - RIGHT) / (values.length - 1) : 0;
  const y = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - v / max);
  return values.map((v, i) => `${i === 0 ? 'M' : 'L'}${(LEFT + i * step).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
}

export function WallTrend({ trend, height }: { trend: readonly WallTrendDay[]; height: number }) {
  const { t } = useLocale();
  const max = Math.max(1, ...trend.flatMap((d) => [d.reported, d.closed]));
  const first = trend[0]?.day.slice(5) ?? '';
  const last = trend[trend.length - 1]?.day.slice(5) ?? '';
  // 19 drawing units: the drawing is scaled a little under 1u to fit its panel, and the
  // wall's smallest text is 18u.
  const axis = { fontSize: 19, fill: '#93abc9' };
  const legend = (
    <span className="wall-trend-legend">
      <span data-wall-text>
        <span className="wall-trend-key" style={{ background: COLORS.reported }} />
        {t('wall.trend.reported')}
      </span>
      <span data-wall-text>
        <span className="wall-trend-key" style={{ background: COLORS.closed }} />
        {t('wall.trend.closed')}
      </span>
    </span>
  );
  return (
    <Panel title={t('wall.panel.trend')} testId="wall-trend" height={height} aside={legend}>
      <svg className="wall-trend-svg" viewBox={`0 0 ${W} ${H}`} style={{ height: `calc(var(--u) * ${H})` }} role="img" aria-label={t('wall.panel.trend')}>
        <line x1={LEFT} x2={W - RIGHT} y1={H - BOTTOM} y2={H - BOTTOM} stroke="#2a4b75" strokeWidth={1} />
        <line x1={LEFT} x2={W - RIGHT} y1={TOP} y2={TOP} stroke="#1c3352" strokeWidth={1} strokeDasharray="4 4" />
        <text x={LEFT - 6} y={TOP + 6} textAnchor="end" {...axis}>
          {max}
        </text>
        <text x={LEFT - 6} y={H - BOTTOM} textAnchor="end" {...axis}>
          0
        </text>
        <path d={path(trend.map((d) => d.reported), max)} fill="none" stroke={COLORS.reported} strokeWidth={2.5} strokeLinejoin="round" />
        <path d={path(trend.map((d) => d.closed), max)} fill="none" stroke={COLORS.closed} strokeWidth={2.5} strokeLinejoin="round" />
        <text x={LEFT} y={H - 4} {...axis}>
          {first}
        </text>
        <text x={W - RIGHT} y={H - 4} textAnchor="end" {...axis}>
          {last}
        </text>
      </svg>
    </Panel>
  );
}
