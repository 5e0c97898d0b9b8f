// 超期与督办: open cases past due or under supervision, with the unit or role that holds
// each (never a person), most overdue first.
import type { BriefingHolder } from '../../../shared/briefing';
import { catalogs } from '../../i18n/locales';
import { interpolate, type Translate } from '../../i18n/translate';
import { DataField, withFields } from '../../i18n/Vocabulary';
import { fmtCategory, fmtDateTime, fmtOverdue } from '../format';
import type { SlideContext } from '../slideContext';
import { SlideFrame } from './SlideFrame';
import { DecideKey } from '../../meetings/briefing/DecideKey';
import { MeetingsLine } from '../../meetings/briefing/MeetingsLine';

/** Who holds a case, never a person, with the department's or the grid's name as data. */
function Holder({ t, holder: h }: { t: Translate; holder: BriefingHolder }) {
  switch (h.kind) {
    case 'department':
      return <DataField>{h.name}</DataField>;
    case 'staff':
      // The role is a word of the catalog; only the grid's name is data.
      return <>{withFields(interpolate(catalogs[t.locale]['briefing.holder.staff'], { role: t(`staffRole.${h.role}`) }), { grid: h.gridName })}</>;
    case 'unassigned':
      return <>{t('briefing.holder.unassigned')}</>;
  }
}

export function AttentionSlide({ ctx, title }: { ctx: SlideContext; title: string }) {
  const { deck, t } = ctx;
  const a = deck.attention;
  return (
    <SlideFrame ctx={ctx} title={title} testId="briefing-slide-attention">
      <p style={{ fontSize: 24, margin: '0 0 14px' }}>
        {t('briefing.attention.summary', { time: fmtDateTime(t, a.asOf), overdue: a.overdueCount, supervised: a.supervisedCount })}
      </p>
      <MeetingsLine t={t} m={deck.meetings} />
      {a.cases.length === 0 ? (
        <p style={{ fontSize: 26 }}>{t('briefing.attention.none')}</p>
      ) : (
        <table className="bs-table" data-testid="briefing-attention-table">
          <thead>
            <tr>
              <th>{t('briefing.attention.code')}</th>
              <th>{t('briefing.attention.category')}</th>
              <th>{t('briefing.attention.grid')}</th>
              <th>{t('briefing.attention.holder')}</th>
              <th>{t('briefing.attention.status')}</th>
              <th className="num">{t('briefing.attention.overdue')}</th>
              <th>{t('briefing.attention.supervised')}</th>
            </tr>
          </thead>
          <tbody>
            {a.cases.map((c) => (
              <tr key={c.code}>
                <td>
                  {c.code}
                  <DecideKey ctx={ctx} target={{ kind: 'overdue_case', caseCode: c.code }} label={c.code} testId={`briefing-decide-case-${c.code}`} />
                </td>
                <td>{fmtCategory(t, c.categoryCode, c.categoryName)}</td>
                <td>
                  <DataField>{c.gridName}</DataField>
                </td>
                <td style={{ maxWidth: 420 }}>
                  <Holder t={t} holder={c.holder} />
                </td>
                <td>{t(`caseStatus.${c.status}`)}</td>
                <td className="num">{c.overdueHours !== null ? <b className="bs-worse">{fmtOverdue(t, c.overdueHours)}</b> : <span className="bs-muted">{fmtOverdue(t, null)}</span>}</td>
                <td>{c.supervised ? <span className="bs-badge">{t('briefing.attention.supervised')}</span> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {a.more > 0 && <p className="bs-note">{t('briefing.attention.more', { count: a.more })}</p>}
    </SlideFrame>
  );
}
