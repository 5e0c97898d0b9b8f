// Party-building figures (党建引领): organisations by level, members, 双报到 and the
// coverage of tenants and commercial buildings, with 软弱涣散 organisations called out; and
// Party work over the last twelve months (partyFigures: 微心愿, 需求清单, service hours,
// active units), which moves live as wishes and needs are worked; and under it what the
// meetings decided and residents raised (会议定事 and the five steps of 议事, WallMeetings).
import type { MeetingsShared } from '../../../shared/meetings';
import type { WallParty as Party } from '../../../shared/wall';
import { useLocale } from '../../i18n/LocaleProvider';
import type { PlainMessageKey } from '../../i18n/messages';
import { formatValue } from '../format';
import { Panel } from './Panel';
import { WallMeetings } from './WallMeetings';

const LEVEL_LABELS: Record<1 | 2 | 3 | 4, PlainMessageKey> = { 1: 'wall.party.level1', 2: 'wall.party.level2', 3: 'wall.party.level3', 4: 'wall.party.level4' };

function Metric({ label, value, share }: { label: string; value: string; share: number | null }) {
  return (
    <div className="wall-metric">
      <div className="wall-metric-top">
        <span className="wall-metric-label" data-wall-text>
          {label}
        </span>
        <span className="wall-metric-value" data-wall-text>
          {value}
        </span>
      </div>
      <div className="wall-metric-bar">{share !== null && <div style={{ width: `${Math.min(1, share) * 100}%` }} />}</div>
    </div>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="wall-party-figure">
      <div className="wall-party-figure-value" data-wall-text data-testid={testId}>
        {value}
      </div>
      <div className="wall-party-figure-label" data-wall-text>
        {label}
      </div>
    </div>
  );
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function WallParty({ party, meetings }: { party: Party; meetings: MeetingsShared }) {
  const { t, locale, num } = useLocale();
  const none = t('wall.noValue');
  const work = party.work;
  const weak = (
    <span className="wall-metric-label" style={{ fontWeight: 400 }} data-wall-text>
      {t('wall.party.weak')} <b style={{ color: party.weakOrgs > 0 ? '#ffb020' : undefined }}>{num(party.weakOrgs)}</b>
      {' · '}
      {t('assessment.wall.rectifying')} <b data-testid="wall-party-rectifying">{num(party.assessment.rectifying)}</b>
      {' · '}
      {t('buildingDay.wall.visits')} <b data-testid="wall-party-visits">{num(party.assessment.visits)}</b>
    </span>
  );
  return (
    <Panel title={t('wall.panel.party')} testId="wall-party" aside={weak}>
      <div className="wall-levels">
        {party.orgsByLevel.map((l) => (
          <div key={l.level} className="wall-level">
            <div className="wall-level-count" data-wall-text>
              {num(l.count)}
            </div>
            <div className="wall-level-label" data-wall-text>
              {t(LEVEL_LABELS[l.level])}
            </div>
          </div>
        ))}
      </div>
      <div className="wall-metrics">
        <Metric label={t('wall.party.members')} value={num(party.members)} share={null} />
        <Metric label={t('wall.party.dual')} value={formatValue(share(party.dualRegistered, party.dualRequired), 'rate', locale, none)} share={share(party.dualRegistered, party.dualRequired)} />
        <Metric label={t('wall.party.tenants')} value={formatValue(share(party.tenantsCovered, party.tenants), 'rate', locale, none)} share={share(party.tenantsCovered, party.tenants)} />
        <Metric label={t('wall.party.buildings')} value={formatValue(share(party.buildingsCovered, party.buildings), 'rate', locale, none)} share={share(party.buildingsCovered, party.buildings)} />
      </div>
      <div className="wall-party-work" title={t('partyWork.wall.period')}>
        <Figure label={t('partyWork.wall.fulfilled')} value={num(work.wishes.fulfilled)} testId="wall-party-wishes-fulfilled" />
        <Figure label={t('partyWork.wall.open')} value={num(work.wishes.open)} testId="wall-party-wishes-open" />
        <Figure label={t('partyWork.wall.hours')} value={work.dualReport.hoursPerRegistered === null ? none : num(work.dualReport.hoursPerRegistered)} testId="wall-party-hours" />
        <Figure label={t('partyWork.wall.units')} value={num(work.activeUnits)} testId="wall-party-units" />
      </div>
      <WallMeetings meetings={meetings} />
    </Panel>
  );
}
