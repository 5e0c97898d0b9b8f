// Daily cases as a plain SVG chart: bars for this period's reports, a line for its closes,
// a dashed line for the previous period's reports on the same day number.
import type { BriefingTrendDay } from '../../../shared/briefing';
import { niceScale } from './niceScale';

const COLORS = { reported: '#1c4f91', closed: '#2b8a3e', previous: '#868e96', grid: '#e3e8ee', axis: '#5c6b7f' } as const;
const M = { left: 64, right: 16, top: 16, bottom: 44 };

interface Props {
  days: readonly BriefingTrendDay[];
  width: number;
  height: number;
  /** Label of a tick: the date as the deck writes it. */
  dayLabel: (date: string) => string;
}

function linePath(values: readonly number[], x: (i: number) => number, y: (v: number) => number): string {
  return values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
}

export function TrendChart({ days, width, height, dayLabel }: Props) {
  const n = Math.max(days.length, 1);
  const max = Math.max(1, ...days.map((d) => Math.max(d.reported, d.closed, d.previousReported)));
  const { top, step } = niceScale(max);
  const plotW = width - M.left - M.right;
  const plotH = height - M.top - M.bottom;
  const band = plotW / n;
  // A week's seven bars would each be 140 px wide: bars stay slim, the band keeps the spacing.
  const barW = Math.min(band * 0.68, 56);
  const x = (i: number) => M.left + band * (i + 0.5);
  const y = (v: number) => M.top + plotH * (1 - v / top);
  const ticks: number[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) ticks.push(v);
  const every = Math.max(1, Math.ceil(n / 14));
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" data-testid="briefing-trend-chart">
      {ticks.map((v) => (
        <g key={v}>
          <line x1={M.left} x2={width - M.right} y1={y(v)} y2={y(v)} stroke={COLORS.grid} strokeWidth={1} />
          <text x={M.left - 10} y={y(v) + 6} textAnchor="end" fontSize={17} fill={COLORS.axis}>
            {v}
          </text>
        </g>
      ))}
      {days.map((d, i) => (
        <rect key={d.date} x={x(i) - barW / 2} width={barW} y={y(d.reported)} height={Math.max(0, plotH + M.top - y(d.reported))} fill={COLORS.reported} rx={Math.min(3, band * 0.1)} />
      ))}
      <path d={linePath(days.map((d) => d.previousReported), x, y)} fill="none" stroke={COLORS.previous} strokeWidth={2.5} strokeDasharray="8 6" />
      <path d={linePath(days.map((d) => d.closed), x, y)} fill="none" stroke={COLORS.closed} strokeWidth={3} />
      {days.map((d, i) =>
        i % every === 0 ? (
          <text key={d.date} x={x(i)} y={height - 12} textAnchor="middle" fontSize={17} fill={COLORS.axis}>
            {dayLabel(d.date)}
          </text>
        ) : null,
      )}
      <line x1={M.left} x2={width - M.right} y1={y(0)} y2={y(0)} stroke={COLORS.axis} strokeWidth={1.5} />
    </svg>
  );
}

export const TREND_COLORS = COLORS;
