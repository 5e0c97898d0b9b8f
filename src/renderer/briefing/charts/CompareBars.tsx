// Horizontal bars, this period against the previous one, one row per category: a thick
// bar for now, a thin grey one for before, and the change. More reports of a problem is
// the bad direction here, so a rise is red.
import type { BriefingCategoryChange } from '../../../shared/briefing';
import type { Translate } from '../../i18n/translate';
import { fmtCategory, fmtParentCategory } from '../format';

const ROW = 58;
const LABEL_W = 300;
const VALUE_W = 150;

export function CompareBars({ t, rows, width }: { t: Translate; rows: readonly BriefingCategoryChange[]; width: number }) {
  const max = Math.max(1, ...rows.map((r) => Math.max(r.current, r.previous)));
  const barW = width - LABEL_W - VALUE_W;
  return (
    <svg width={width} height={rows.length * ROW} viewBox={`0 0 ${width} ${rows.length * ROW}`} role="img" data-testid="briefing-category-bars">
      {rows.map((r, i) => {
        const y = i * ROW;
        const change = r.delta === 0 ? '±0' : `${r.delta > 0 ? '+' : '−'}${Math.abs(r.delta)}`;
        return (
          <g key={r.id} transform={`translate(0, ${y})`}>
            <text x={0} y={24} fontSize={22} fill="#1f2937">
              {fmtCategory(t, r.code, r.name)}
            </text>
            <text x={0} y={47} fontSize={15} fill="#5c6b7f">
              {fmtParentCategory(t, r)}
            </text>
            <rect x={LABEL_W} y={8} width={(barW * r.current) / max} height={22} rx={3} fill="#1c4f91" />
            <rect x={LABEL_W} y={35} width={(barW * r.previous) / max} height={9} rx={2} fill="#adb5bd" />
            <text x={LABEL_W + (barW * r.current) / max + 10} y={26} fontSize={20} fontWeight={700} fill="#0f2f5f">
              {r.current}
            </text>
            <text x={width} y={26} fontSize={20} textAnchor="end" fill={r.delta > 0 ? '#c92a2a' : r.delta < 0 ? '#2b8a3e' : '#5c6b7f'}>
              {change}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
