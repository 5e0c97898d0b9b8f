// 双报到 登记 and a member's service (服务记录) as register forms: the core checks every field
// (one open registration a member, the member's community, hours) and refuses with the field
// named; the form shows it there. The member is chosen within the unit's Party organisation
// (an employed member registers where they live, for the unit they work for).
import { api } from '../../api/api';
import { useCommunities } from '../../accounts/useCommunities';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n/LocaleProvider';
import { RegisterFormModal, textOf, type FieldOption, type FieldSpec, type FormValues } from '../../registers/RegisterFormModal';
import type { DualReportRow } from '../../../shared/partyService';

const chinaDate = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
const optionalId = (v: FormValues, name: string) => (textOf(v, name) === '' ? undefined : Number(textOf(v, name)));

/** Employed members of the chosen unit's Party organisation whose name holds what is typed. */
async function searchMembers(query: string, values: FormValues): Promise<FieldOption[]> {
  const orgId = optionalId(values, 'unitOrgId');
  if (orgId === undefined) return [];
  const list = await api.call('partyMember.list', { orgId, limit: 200 });
  return list.items
    // One open registration a member: those already registered are not offered.
    .filter((m) => m.category === 'employed' && m.reportCommunity === null && (query === '' || (m.name ?? '').includes(query)))
    .map((m) => ({ value: String(m.id), label: `${m.name ?? `#${m.id}`}${m.reportCommunity ? ` · ${m.reportCommunity.name}` : ''}` }));
}

export function DualReportRegisterModal({ opened, onClose, today }: { opened: boolean; onClose: () => void; today: number }) {
  const t = useT();
  const communities = useCommunities(opened).map((c) => ({ value: String(c.id), label: c.name }));
  const parties = useApiQuery('partyList.units', opened ? {} : null);
  const units = parties.status === 'ok' ? parties.data.units.map((u) => ({ value: String(u.id), label: u.name })) : [];
  const fields: FieldSpec[] = [
    { name: 'unitOrgId', kind: 'select', label: t('service.form.unit'), options: units, searchable: true, testId: 'dual-unit' },
    { name: 'memberId', kind: 'lookup', label: t('service.form.member'), placeholder: t('service.form.memberHint'), search: searchMembers, dependsOn: ['unitOrgId'], testId: 'dual-member' },
    { name: 'communityId', kind: 'select', label: t('service.form.community'), options: communities, searchable: true, testId: 'dual-community' },
    { name: 'registeredOn', kind: 'date', label: t('service.form.registeredOn'), testId: 'dual-date' },
    { name: 'pledge', kind: 'text', label: t('service.form.pledge'), placeholder: t('service.form.pledgeHint'), wide: true, testId: 'dual-pledge' },
  ];
  return (
    <RegisterFormModal
      opened={opened}
      onClose={onClose}
      title={t('service.form.registerTitle')}
      testId="dual-register-form"
      cols={2}
      size={620}
      fields={fields}
      initial={{ unitOrgId: null, memberId: null, communityId: null, registeredOn: chinaDate(today), pledge: '' }}
      ready={(v) => textOf(v, 'memberId') !== '' && textOf(v, 'communityId') !== ''}
      submit={(v) =>
        api.call('dualReport.register', {
          memberId: Number(textOf(v, 'memberId')),
          communityId: Number(textOf(v, 'communityId')),
          unitOrgId: optionalId(v, 'unitOrgId'),
          registeredOn: textOf(v, 'registeredOn'),
          pledge: textOf(v, 'pledge'),
        })
      }
      saveTestId="dual-register-save"
      refusalTestId="dual-register-refusal"
    />
  );
}

/** A registered member's service by hand (wishes and activities record their own hours). */
export function ServiceRecordModal({ opened, onClose, today, rows }: { opened: boolean; onClose: () => void; today: number; rows: readonly DualReportRow[] }) {
  const t = useT();
  const members = rows.map((r) => ({ value: String(r.registrationId), label: `${r.memberName ?? `#${r.memberId}`} · ${r.communityName} · ${r.employer}` }));
  const fields: FieldSpec[] = [
    { name: 'registrationId', kind: 'select', label: t('service.form.member'), options: members, searchable: true, wide: true, testId: 'service-member' },
    { name: 'onDate', kind: 'date', label: t('service.form.onDate'), testId: 'service-date' },
    { name: 'kind', kind: 'segmented', label: t('service.form.kind'), options: [{ value: 'other', label: t('service.kind.other') }, { value: 'need', label: t('service.kind.need') }], testId: 'service-kind' },
    { name: 'hours', kind: 'text', label: t('service.form.hours'), placeholder: '2', testId: 'service-hours' },
    { name: 'note', kind: 'text', label: t('service.form.note'), placeholder: t('service.form.noteHint'), wide: true, testId: 'service-note' },
  ];
  return (
    <RegisterFormModal
      opened={opened}
      onClose={onClose}
      title={t('service.form.recordTitle')}
      testId="service-record-form"
      cols={2}
      size={620}
      fields={fields}
      initial={{ registrationId: null, onDate: chinaDate(today), kind: 'other', hours: '', note: '' }}
      check={(v): Record<string, string> => {
        const h = Number(textOf(v, 'hours'));
        return textOf(v, 'hours') === '' || !(h > 0 && h <= 24) ? { hours: t('service.form.hoursRule') } : {};
      }}
      ready={(v) => textOf(v, 'registrationId') !== ''}
      submit={(v) => {
        const row = rows.find((r) => String(r.registrationId) === textOf(v, 'registrationId'))!;
        return api.call('service.record', {
          memberId: row.memberId,
          communityId: row.communityId,
          onDate: textOf(v, 'onDate'),
          kind: textOf(v, 'kind') === 'need' ? 'need' : 'other',
          hours: Number(textOf(v, 'hours')),
          note: textOf(v, 'note'),
        });
      }}
      saveTestId="service-record-save"
      refusalTestId="service-record-refusal"
    />
  );
}
