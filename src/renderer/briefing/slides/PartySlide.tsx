// 党建引领: organisations and members, 双报到, tenant coverage (党建真空), Party members
// among grid staff, ratings, and the 软弱涣散 organisations under 整顿转化; below them the
// period's Party work from partyFigures (微心愿, 需求清单, 双报到 service, volunteers), which
// takes the place of the kinds legend (the kinds are in the console's organisation tree).
import type { ReactNode } from 'react';
import { PARTY_ORG_RATINGS } from '../../../shared/domain';
import { DataField } from '../../i18n/Vocabulary';
import { fmtCount, fmtRate } from '../format';
import type { SlideContext } from '../slideContext';
import { SlideFrame } from './SlideFrame';
import { PartyWorkdayBlock } from '../../meetings/briefing/PartyWorkdayBlock';

const RATING_COLORS = { advanced: '#c92a2a', good: '#e8590c', average: '#adb5bd', weak: '#495057' } as const;
const WEAK_SHOWN = 5;
const CARE_GRIDS_SHOWN = 3;

/** 关爱走访 now: counts from the core with cells under k hidden (shown as <k), no person. */
function CareBlock({ ctx }: { ctx: SlideContext }) {
  const { deck, t } = ctx;
  const c = deck.care;
  const shown = (n: number | null) => (n === null ? `<${c.k}` : fmtCount(t, n));
  const grids = c.grids.filter((g) => g.overdue !== 0).sort((a, b) => (b.overdue ?? -1) - (a.overdue ?? -1) || a.gridId - b.gridId).slice(0, CARE_GRIDS_SHOWN);
  return (
    <div data-testid="briefing-care" style={{ marginTop: 14 }}>
      <h2 className="bs-h2" style={{ fontSize: 22, marginBottom: 6 }}>
        {t('briefing.care.title')}
      </h2>
      <p style={{ fontSize: 19, margin: '0 0 6px' }}>{t('briefing.care.line', { residents: shown(c.residents), overdue: shown(c.overdue), dueSoon: shown(c.dueSoon) })}</p>
      <ul className="bs-weak-list">
        {grids.map((g) => (
          <li key={g.gridId}>
            <span>
              <DataField>{g.gridName}</DataField>
            </span>
            <span className="bs-badge">{t('wall.care.gridOverdue', { overdue: shown(g.overdue) })}</span>
          </li>
        ))}
      </ul>
      <p className="bs-note">{t('briefing.care.suppressed', { k: c.k })}</p>
    </div>
  );
}

export function PartySlide({ ctx, title }: { ctx: SlideContext; title: ReactNode }) {
  const { deck, t } = ctx;
  const p = deck.party;
  const level = (l: number) => p.byLevel.find((x) => x.level === l)?.count ?? 0;
  const tile = (label: string, value: string, detail: string, testId: string) => (
    <div className="bs-kpi" data-testid={testId} style={{ borderTopColor: 'var(--bs-red)' }}>
      <div className="bs-kpi-label">{label}</div>
      <div className="bs-kpi-value" style={{ fontSize: 40 }}>
        {value}
      </div>
      <div className="bs-kpi-foot" style={{ fontSize: 17, lineHeight: 1.45 }}>
        <span>{detail}</span>
      </div>
    </div>
  );
  const ratingTotal = Math.max(1, p.orgCount);
  const w = p.work;
  const work = (label: string, value: string, lines: string[], testId: string) => (
    <div className="bs-kpi" data-testid={testId} style={{ borderTopColor: 'var(--bs-red)', padding: '10px 12px' }}>
      <div className="bs-kpi-label">{label}</div>
      <div className="bs-kpi-value" style={{ fontSize: 32 }}>
        {value}
      </div>
      {lines.map((line) => (
        <div key={line} className="bs-kpi-foot" style={{ fontSize: 14, lineHeight: 1.35 }}>
          <span>{line}</span>
        </div>
      ))}
    </div>
  );
  return (
    <SlideFrame ctx={ctx} title={title} testId="briefing-slide-party">
      <div className="bs-split">
        <div style={{ flex: 'none', width: 900 }}>
          <div className="bs-party-tiles">
            {tile(t('briefing.party.orgs'), fmtCount(t, p.orgCount), t('briefing.party.levels', { l1: level(1), l2: level(2), l3: level(3), l4: level(4) }), 'briefing-party-orgs')}
            {tile(
              t('briefing.party.members'),
              fmtCount(t, p.members),
              t('briefing.party.membersDetail', { employed: p.membersByCategory.employed, retired: p.membersByCategory.retired, mobile: p.membersByCategory.mobile, twoNew: p.membersByCategory.two_new }),
              'briefing-party-members',
            )}
            {tile(t('briefing.party.dualReport'), fmtRate(t, p.dualReport.rate), t('briefing.party.dualReportDetail', { registered: p.dualReport.registered, required: p.dualReport.required }), 'briefing-party-dual')}
            {tile(
              t('briefing.party.tenantCoverage'),
              fmtRate(t, p.tenantCoverage.rate),
              t('briefing.party.tenantDetail', { covered: fmtCount(t, p.tenantCoverage.covered), total: fmtCount(t, p.tenantCoverage.total), gap: fmtCount(t, p.tenantCoverage.total - p.tenantCoverage.covered) }),
              'briefing-party-tenants',
            )}
            {tile(
              t('briefing.party.gridStaff'),
              fmtRate(t, p.gridStaff.total > 0 ? p.gridStaff.partyMembers / p.gridStaff.total : null),
              t('briefing.party.gridStaffDetail', { party: p.gridStaff.partyMembers, total: p.gridStaff.total }),
              'briefing-party-staff',
            )}
            <div className="bs-kpi" style={{ borderTopColor: 'var(--bs-red)' }}>
              <div className="bs-kpi-label">{t('briefing.party.ratings')}</div>
              <div className="bs-stack">
                {PARTY_ORG_RATINGS.map((r) => (
                  <div key={r} style={{ width: `${(100 * p.byRating[r]) / ratingTotal}%`, background: RATING_COLORS[r] }} />
                ))}
              </div>
              <div className="bs-legend">
                {PARTY_ORG_RATINGS.map((r) => (
                  <span key={r}>
                    <i style={{ background: RATING_COLORS[r] }} />
                    {t(`partyOrgRating.${r}`)} {p.byRating[r]}
                  </span>
                ))}
              </div>
            </div>
          </div>
          <h2 className="bs-h2" style={{ marginTop: 18, marginBottom: 8, fontSize: 22 }}>
            {t('partyWork.briefing.title')}
          </h2>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 12 }} data-testid="briefing-party-work">
            {work(t('partyWork.briefing.wishes'), fmtRate(t, w.wishes.fulfilledRate), [t('partyWork.briefing.wishesLine', { collected: fmtCount(t, w.wishes.collected), fulfilled: fmtCount(t, w.wishes.fulfilled) }), t('partyWork.briefing.open', { open: w.wishes.open, over30: w.wishes.openOver30Days })], 'briefing-party-wishes')}
            {work(
              t('partyWork.briefing.needs'),
              fmtRate(t, w.needs.needsClaimedRate),
              [
                t('partyWork.briefing.needsLine', { published: w.needs.needsPublished, claimed: w.needs.needsClaimed }),
                w.needs.medianDaysToClaim === null ? t('partyWork.briefing.projects', { count: w.needs.projectsCompleted }) : `${t('partyWork.briefing.medianDays', { days: w.needs.medianDaysToClaim })} · ${t('partyWork.briefing.projects', { count: w.needs.projectsCompleted })}`,
              ],
              'briefing-party-needs',
            )}
            {work(t('partyWork.briefing.dual'), fmtRate(t, w.dualReport.registeredRate), [t('partyWork.briefing.dualLine', { employed: w.dualReport.employed, registered: w.dualReport.registered }), t('partyWork.briefing.hours', { hours: w.dualReport.hoursPerRegistered ?? 0 })], 'briefing-party-service')}
            {work(t('partyWork.briefing.volunteers'), fmtCount(t, w.volunteers.activities), [t('partyWork.briefing.volunteersLine', { activities: w.volunteers.activities, served: fmtCount(t, w.volunteers.peopleServed) }), t('partyWork.briefing.units', { count: w.activeUnits })], 'briefing-party-volunteers')}
          </div>
        </div>
        <div className="bs-side">
          <h2 className="bs-h2">
            {t('briefing.party.weak')} · {p.weakOrgs.length}
          </h2>
          {p.weakOrgs.length === 0 && <p style={{ fontSize: 22 }}>{t('briefing.party.noWeak')}</p>}
          <ul className="bs-weak-list" data-testid="briefing-weak-orgs">
            {p.weakOrgs.slice(0, WEAK_SHOWN).map((o) => (
              <li key={o.name}>
                <span title={t(`partyOrgKind.${o.kind}`)}>
                  <DataField>{o.name}</DataField>
                </span>
                <span className={o.underRectification ? 'bs-badge' : 'bs-badge bs-badge-red'}>{o.underRectification ? t('briefing.party.rectifying') : t('briefing.party.notRectifying')}</span>
              </li>
            ))}
          </ul>
          {p.weakOrgs.length > WEAK_SHOWN && <p className="bs-note">{t('briefing.party.weakMore', { count: p.weakOrgs.length - WEAK_SHOWN })}</p>}
          <PartyWorkdayBlock ctx={ctx} />
          <CareBlock ctx={ctx} />
        </div>
      </div>
    </SlideFrame>
  );
}
