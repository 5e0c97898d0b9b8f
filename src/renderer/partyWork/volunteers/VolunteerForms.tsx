// 志愿服务 as register forms: a new team (in a community or street-wide, in an alliance, with its
// focus), and an activity of one team (its members who took part are credited the hours). The
// core checks every field and names the one it refuses.
import { api } from '../../api/api';
import { useCommunities } from '../../accounts/useCommunities';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n/LocaleProvider';
import { listOf, RegisterFormModal, textOf, type FieldSpec, type FormValues } from '../../registers/RegisterFormModal';
import type { VolunteerOverview, VolunteerTeamView } from '../../../shared/partyService';
import { VOLUNTEER_FOCUSES } from '../../../shared/vocab/partyService';

const chinaDate = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
const optionalId = (v: FormValues, name: string) => (textOf(v, name) === '' ? undefined : Number(textOf(v, name)));

export function TeamCreateModal({ opened, onClose, today, overview }: { opened: boolean; onClose: () => void; today: number; overview: VolunteerOverview | null }) {
  const t = useT();
  const communities = useCommunities(opened).map((c) => ({ value: String(c.id), label: c.name }));
  const fields: FieldSpec[] = [
    { name: 'name', kind: 'text', label: t('volunteer.form.name'), placeholder: t('volunteer.form.nameHint'), wide: true, testId: 'team-name' },
    { name: 'communityId', kind: 'select', label: t('volunteer.col.community'), options: communities, searchable: true, clearable: true, placeholder: t('volunteer.street'), testId: 'team-community' },
    { name: 'allianceId', kind: 'select', label: t('volunteer.alliances'), options: (overview?.alliances ?? []).map((a) => ({ value: String(a.id), label: a.name })), clearable: true, testId: 'team-alliance' },
    { name: 'focus', kind: 'select', label: t('volunteer.col.focus'), options: VOLUNTEER_FOCUSES.map((f) => ({ value: f, label: t(`volunteer.focus.${f}`) })), testId: 'team-focus' },
    { name: 'foundedOn', kind: 'date', label: t('volunteer.form.foundedOn'), testId: 'team-founded' },
  ];
  return (
    <RegisterFormModal
      opened={opened}
      onClose={onClose}
      title={t('volunteer.form.teamTitle')}
      testId="team-create-form"
      cols={2}
      size={620}
      fields={fields}
      initial={{ name: '', communityId: null, allianceId: null, focus: 'elderly', foundedOn: chinaDate(today) }}
      submit={(v) =>
        api.call('volunteer.createTeam', {
          name: textOf(v, 'name'),
          communityId: optionalId(v, 'communityId'),
          allianceId: optionalId(v, 'allianceId'),
          focus: textOf(v, 'focus') as (typeof VOLUNTEER_FOCUSES)[number],
          foundedOn: textOf(v, 'foundedOn'),
        })
      }
      saveTestId="team-create-save"
      refusalTestId="team-create-refusal"
    />
  );
}

/** One team's activity: who took part (its members), where, hours each, people served. */
export function ActivityRecordModal({ team, onClose, today }: { team: VolunteerTeamView | null; onClose: () => void; today: number }) {
  const t = useT();
  const opened = team !== null;
  const communities = useCommunities(opened).map((c) => ({ value: String(c.id), label: c.name }));
  const members = useApiQuery('volunteer.members', team ? { teamId: team.id } : null);
  const memberOptions = members.status === 'ok' ? members.data.map((m) => ({ value: String(m.id), label: `${m.name ?? `#${m.id}`}${m.partyMember ? ` · ${t('volunteer.form.partyMember')}` : ''}` })) : [];
  const fields: FieldSpec[] = [
    { name: 'title', kind: 'text', label: t('volunteer.col.title'), placeholder: t('volunteer.form.titleHint'), wide: true, testId: 'activity-title' },
    { name: 'onDate', kind: 'date', label: t('volunteer.col.date'), testId: 'activity-date' },
    { name: 'communityId', kind: 'select', label: t('volunteer.col.community'), options: communities, searchable: true, testId: 'activity-community' },
    { name: 'place', kind: 'text', label: t('volunteer.col.place'), wide: true, testId: 'activity-place' },
    { name: 'hours', kind: 'text', label: t('volunteer.form.hours'), placeholder: '2', testId: 'activity-hours' },
    { name: 'peopleServed', kind: 'number', label: t('volunteer.col.served'), min: 0, testId: 'activity-served' },
    { name: 'participantIds', kind: 'multi', label: t('volunteer.form.participants'), options: memberOptions, wide: true, testId: 'activity-participants' },
  ];
  return (
    <RegisterFormModal
      opened={opened}
      onClose={onClose}
      title={team ? t('volunteer.form.activityTitle', { team: team.name }) : ''}
      testId="activity-record-form"
      cols={2}
      size={680}
      fields={fields}
      initial={{ title: '', onDate: chinaDate(today), communityId: team?.communityId ? String(team.communityId) : null, place: '', hours: '', peopleServed: '0', participantIds: [] }}
      check={(v): Record<string, string> => {
        const h = Number(textOf(v, 'hours'));
        return textOf(v, 'hours') === '' || !(h > 0 && h <= 24) ? { hours: t('service.form.hoursRule') } : {};
      }}
      ready={(v) => textOf(v, 'communityId') !== '' && listOf(v, 'participantIds').length > 0}
      submit={(v) =>
        api.call('volunteer.recordActivity', {
          teamId: team!.id,
          title: textOf(v, 'title'),
          onDate: textOf(v, 'onDate'),
          place: textOf(v, 'place'),
          communityId: Number(textOf(v, 'communityId')),
          hours: Number(textOf(v, 'hours')),
          peopleServed: Number(textOf(v, 'peopleServed') || '0'),
          participantIds: listOf(v, 'participantIds').map(Number),
        })
      }
      saveTestId="activity-record-save"
      refusalTestId="activity-record-refusal"
    />
  );
}
