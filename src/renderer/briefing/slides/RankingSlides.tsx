// 网格/部门工作排名: computeIndicators' rows, best on-time rate first. A street has ~190
// grids, so its slide shows the top five and the bottom five of those with cases due; a
// community's dozen or so fit whole.
import type { IndicatorRow } from '../../../shared/indicators';
import type { ReactNode } from 'react';
import { DataField } from '../../i18n/Vocabulary';
import { fmtHours, fmtRate } from '../format';
import type { SlideContext } from '../slideContext';
import { SlideFrame } from './SlideFrame';
import { DecideKey } from '../../meetings/briefing/DecideKey';

/** Rows a slide holds under its heading; longer lists become top five beside bottom five. */
const WHOLE_LIST_MAX = 10;

interface TableProps {
  ctx: SlideContext;
  rows: readonly IndicatorRow[];
  first: number;
  nameHeader: string;
  testId: string;
  /** Half-width tables leave out the close rate (nearly always ~100%) to keep their columns readable. */
  compact?: boolean;
}

/** Column widths of a half-width table (slide px); the name takes the rest. */
const COMPACT_COLS = [62, null, 72, 142, 82, 84] as const;

function RankTable({ ctx, rows, first, nameHeader, testId, compact = false }: TableProps) {
  const { t } = ctx;
  const bar = compact ? 40 : 90;
  return (
    <table className="bs-table" data-testid={testId} style={compact ? { tableLayout: 'fixed', fontSize: 19 } : undefined}>
      {compact && (
        <colgroup>
          {COMPACT_COLS.map((w, i) => (
            <col key={i} style={w === null ? undefined : { width: w }} />
          ))}
        </colgroup>
      )}
      <thead>
        <tr>
          <th className="num">{t('briefing.col.rank')}</th>
          <th>{nameHeader}</th>
          <th className="num">{t('briefing.col.due')}</th>
          {!compact && <th className="num">{t('briefing.col.closeRate')}</th>}
          <th>{t('briefing.col.onTimeRate')}</th>
          <th className="num">{t('briefing.col.overdue')}</th>
          <th className="num">{compact ? t('briefing.col.hoursShort') : t('briefing.col.hours')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.key}>
            <td className="num">{first + i}</td>
            <td style={compact ? undefined : { maxWidth: 300 }}>
              <DataField>{r.label}</DataField>
              {r.kind === 'grid' && r.id !== null && <DecideKey ctx={ctx} target={{ kind: 'ranking', gridId: r.id }} label={r.label} testId={`briefing-decide-grid-${r.id}`} />}
            </td>
            <td className="num">{r.due}</td>
            {!compact && <td className="num">{fmtRate(t, r.closeRate)}</td>}
            <td>
              <span className="bs-rate-bar" style={{ width: Math.round(bar * (r.onTimeRate ?? 0)) }} />
              {fmtRate(t, r.onTimeRate)}
            </td>
            <td className={`num ${r.overdueOpen > 0 ? 'bs-worse' : ''}`}>{r.overdueOpen}</td>
            <td className="num">{fmtHours(t, r.avgHandlingHours)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The street's communities side by side: on-time rate and overdue of each. */
function CommunityTiles({ ctx }: { ctx: SlideContext }) {
  const { deck, t } = ctx;
  const rows = deck.rankings.communities;
  return (
    <>
      <h2 className="bs-h2" style={{ marginTop: 24 }}>
        {t('briefing.grids.communities')}
      </h2>
      <div style={{ display: 'grid', gridTemplateColumns: `repeat(${Math.min(5, Math.max(rows.length, 1))}, 1fr)`, gap: 12 }} data-testid="briefing-community-tiles">
        {rows.map((r) => (
          <div key={r.key} className="bs-fact" style={{ padding: '8px 14px' }}>
            <div className="bs-fact-label" style={{ color: 'var(--bs-text)' }}>
              <DataField>{r.label}</DataField>
            </div>
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
              <span style={{ fontSize: 28, fontWeight: 700, color: 'var(--bs-navy)' }}>{fmtRate(t, r.onTimeRate)}</span>
              <span className={r.overdueOpen > 0 ? 'bs-worse' : 'bs-muted'} style={{ fontSize: 18 }}>
                {t('briefing.grids.overdueShort', { count: r.overdueOpen })}
              </span>
            </div>
          </div>
        ))}
      </div>
    </>
  );
}

export function GridsSlide({ ctx, title }: { ctx: SlideContext; title: ReactNode }) {
  const { deck, t } = ctx;
  const ranked = deck.rankings.grids.filter((g) => g.onTimeRate !== null);
  const idle = deck.rankings.grids.length - ranked.length;
  const whole = ranked.length <= WHOLE_LIST_MAX;
  return (
    <SlideFrame ctx={ctx} title={title} testId="briefing-slide-grids">
      {whole ? (
        <>
          <h2 className="bs-h2">{t('briefing.grids.all')}</h2>
          <RankTable ctx={ctx} rows={ranked} first={1} nameHeader={t('briefing.col.grid')} testId="briefing-grid-table" />
        </>
      ) : (
        <div style={{ display: 'flex', gap: 40 }}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <h2 className="bs-h2">{t('briefing.grids.best')}</h2>
            <RankTable ctx={ctx} rows={ranked.slice(0, 5)} first={1} nameHeader={t('briefing.col.grid')} testId="briefing-grid-best" compact />
          </div>
          <div style={{ flex: 1, minWidth: 0 }}>
            <h2 className="bs-h2">{t('briefing.grids.worst')}</h2>
            <RankTable ctx={ctx} rows={ranked.slice(-5)} first={ranked.length - 4} nameHeader={t('briefing.col.grid')} testId="briefing-grid-worst" compact />
          </div>
        </div>
      )}
      {idle > 0 && <p className="bs-note">{t('briefing.grids.idle', { count: idle })}</p>}
      {deck.scope.kind === 'street' && !whole && <CommunityTiles ctx={ctx} />}
    </SlideFrame>
  );
}

export function DepartmentsSlide({ ctx, title }: { ctx: SlideContext; title: ReactNode }) {
  const { deck, t } = ctx;
  const rows = deck.rankings.departments;
  // A street has 18 departments: past ten, the ranking continues in a second column, so the
  // weakest (the ones the meeting is about) are never cut off.
  const half = Math.ceil(rows.length / 2);
  const columns = rows.length <= WHOLE_LIST_MAX ? [rows] : [rows.slice(0, half), rows.slice(half, half + WHOLE_LIST_MAX)];
  return (
    <SlideFrame ctx={ctx} title={title} testId="briefing-slide-departments">
      {rows.length === 0 ? (
        <p style={{ fontSize: 26 }}>{t('briefing.departments.none')}</p>
      ) : (
        <div style={{ display: 'flex', gap: 40 }}>
          {columns.map((col, i) => (
            <div key={i} style={{ flex: 1, minWidth: 0 }}>
              <RankTable ctx={ctx} rows={col} first={i === 0 ? 1 : half + 1} nameHeader={t('briefing.col.department')} testId={`briefing-department-table-${i + 1}`} compact={columns.length > 1} />
            </div>
          ))}
        </div>
      )}
    </SlideFrame>
  );
}
