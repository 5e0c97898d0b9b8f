// The Party organisation drawer's 党员 tab: its members a page at a time, as the core shows them
// to the role (names and phones masked by the personal-data matrix), and for those who keep the
// member register (administrators; community staff for their own community) 入党, 转入, and per
// member 转出 and 修改 (category, phone, where they live, the 双报到 community). The rules
// (dates, ID numbers, scope) are the core's; its refusal shows under the field.
import { Button, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { DUAL_REPORT_STATES, PARTY_MEMBER_CATEGORIES, type PartyMemberCategory } from '../../shared/domain';
import type { PartyMemberListItem } from '../../shared/orgRegisters';
import type { PartyOrgDetail } from '../../shared/views';
import { api } from '../api/api';
import { useApiQuery } from '../api/useApiQuery';
import { useCommunities } from '../accounts/useCommunities';
import { useT } from '../i18n/LocaleProvider';
import type { Translate } from '../i18n/translate';
import { useSession } from '../session/SessionProvider';
import { chinaToday } from './chinaToday';
import { RegisterFormModal, textOf, type FieldOption, type FieldSpec, type FormValues } from './RegisterFormModal';
import { useRegisterChanged } from './useRegisterChanged';

const PAGE = 20;

type Open = { form: 'join' | 'transferIn' } | { form: 'transferOut' | 'update'; member: PartyMemberListItem } | null;

/** Administrators, and community staff (the core keeps them to their own community). */
function useMemberEditable(): boolean {
  const { state } = useSession();
  return state.phase === 'unlocked' && (state.user.role === 'admin' || state.user.role === 'community');
}

/** Residents found by name (search.query), as where a member lives. */
async function searchResidents(query: string): Promise<FieldOption[]> {
  const q = query.trim();
  if (!q) return [];
  const hits = await api.call('search.query', { q, kinds: ['resident'], limit: 20 });
  return hits.map((h) => ({ value: String(h.id), label: h.subtitle ? `${h.title} · ${h.subtitle}` : h.title }));
}

const categoryOptions = (t: Translate): FieldOption[] => PARTY_MEMBER_CATEGORIES.map((c) => ({ value: c, label: t(`partyMemberCategory.${c}`) }));

export function PartyMembersTab({ org }: { org: PartyOrgDetail }) {
  const t = useT();
  const editable = useMemberEditable();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<Open>(null);
  const list = useApiQuery('partyMember.list', { orgId: org.id, offset: (page - 1) * PAGE, limit: PAGE }, useRegisterChanged());
  const communities = useCommunities(open !== null).map((c) => ({ value: String(c.id), label: c.name }));
  const close = () => setOpen(null);

  const personFields: FieldSpec[] = [
    { name: 'name', kind: 'text', label: t('registers.field.name'), testId: 'member-name' },
    { name: 'gender', kind: 'segmented', label: t('registers.field.gender'), options: [{ value: 'M', label: t('gender.M') }, { value: 'F', label: t('gender.F') }] },
    { name: 'phone', kind: 'text', label: t('registers.field.phone'), testId: 'member-phone' },
    { name: 'idNumber', kind: 'text', label: t('registers.field.idNumber'), testId: 'member-id-number' },
    { name: 'category', kind: 'select', label: t('memberRegister.category'), options: categoryOptions(t), testId: 'member-category' },
    { name: 'joinedOn', kind: 'date', label: t('memberRegister.joinedOn'), testId: 'member-joined-on' },
    { name: 'residentId', kind: 'lookup', label: t('memberRegister.home'), placeholder: t('memberRegister.searchResident'), search: searchResidents, testId: 'member-home' },
    { name: 'reportCommunityId', kind: 'select', label: t('memberRegister.reportCommunity'), options: communities, clearable: true, testId: 'member-report-community' },
  ];
  const personInput = (v: FormValues) => ({
    orgId: org.id,
    name: textOf(v, 'name'),
    gender: textOf(v, 'gender') === 'F' ? ('F' as const) : ('M' as const),
    phone: textOf(v, 'phone'),
    category: textOf(v, 'category') as PartyMemberCategory,
    joinedOn: textOf(v, 'joinedOn'),
    ...(textOf(v, 'idNumber') ? { idNumber: textOf(v, 'idNumber') } : {}),
    ...(textOf(v, 'residentId') ? { residentId: Number(textOf(v, 'residentId')) } : {}),
    ...(textOf(v, 'reportCommunityId') ? { reportCommunityId: Number(textOf(v, 'reportCommunityId')) } : {}),
  });
  const fresh: FormValues = { name: '', gender: 'M', phone: '', idNumber: '', category: 'employed', joinedOn: '', residentId: null, reportCommunityId: null, fromOrg: '' };
  const member = open && 'member' in open ? open.member : null;

  return (
    <Stack gap="sm" data-testid="party-members">
      {editable && (
        <Group gap={8}>
          <Button size="compact-xs" variant="light" onClick={() => setOpen({ form: 'join' })} data-testid="member-join-open">
            {t('memberRegister.join')}
          </Button>
          <Button size="compact-xs" variant="light" onClick={() => setOpen({ form: 'transferIn' })} data-testid="member-transfer-in-open">
            {t('memberRegister.transferIn')}
          </Button>
        </Group>
      )}
      {list.status === 'loading' && <Text fz="sm">{t('memberRegister.loading')}</Text>}
      {list.status === 'error' && (
        <Text fz="sm" c="red">
          {t('memberRegister.failed')}
        </Text>
      )}
      {list.status === 'ok' && list.data.total === 0 && (
        <Text fz="sm" c="dimmed" data-testid="members-empty">
          {t('memberRegister.none')}
        </Text>
      )}
      {list.status === 'ok' && list.data.total > 0 && (
        <>
          <Table fz="xs" verticalSpacing={3} horizontalSpacing={6} striped data-testid="member-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('registers.field.name')}</Table.Th>
                <Table.Th>{t('memberRegister.category')}</Table.Th>
                <Table.Th>{t('memberRegister.dualReport')}</Table.Th>
                <Table.Th>{t('memberRegister.home')}</Table.Th>
                {editable && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((m) => (
                <Table.Tr key={m.id} data-testid="member-row" data-id={m.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text fz="xs">{m.name ?? t('memberRegister.hidden')}</Text>
                    {m.phone && (
                      <Text fz="xs" c="dimmed">
                        {m.phone}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text fz="xs" data-testid="member-category-cell">
                      {t(`partyMemberCategory.${m.category}`)}
                    </Text>
                    <Text fz="xs" c="dimmed" title={t('memberRegister.joinedOn')}>
                      {m.joinedOn}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text fz="xs" c={m.dualReport === 'pending' ? 'orange.8' : m.dualReport === 'registered' ? 'green.8' : 'dimmed'} data-testid="member-dual-report">
                      {t(`dualReport.${m.dualReport}`)}
                    </Text>
                    {m.reportCommunity && (
                      <Text fz="xs" c="dimmed">
                        {m.reportCommunity.name}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{m.home ?? (m.livesInStreet ? t('memberRegister.hidden') : t('memberRegister.notInStreet'))}</Table.Td>
                  {editable && (
                    <Table.Td>
                      <Group gap={0} wrap="wrap" justify="flex-end">
                        <Button size="compact-xs" variant="subtle" onClick={() => setOpen({ form: 'update', member: m })} data-testid="member-update-open">
                          {t('registers.edit')}
                        </Button>
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setOpen({ form: 'transferOut', member: m })} data-testid="member-transfer-out-open">
                          {t('memberRegister.transferOut')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {list.data.total > PAGE && <Pagination size="sm" total={Math.ceil(list.data.total / PAGE)} value={page} onChange={setPage} data-testid="member-pages" />}
          <Text fz="xs" c="dimmed">
            {t('memberRegister.total', { count: list.data.total })} · {DUAL_REPORT_STATES.map((s) => `${t(`dualReport.${s}`)} ${org.dualReport[s] ?? 0}`).join(' · ')}
          </Text>
        </>
      )}
      <RegisterFormModal
        opened={open?.form === 'join'}
        onClose={close}
        title={t('memberRegister.joinTitle', { org: org.name })}
        testId="member-join-form"
        cols={2}
        fields={personFields}
        initial={fresh}
        ready={(v) => textOf(v, 'name') !== '' && textOf(v, 'joinedOn') !== ''}
        submit={(v) => api.call('partyMember.join', personInput(v))}
        saveTestId="member-save"
        refusalTestId="member-refusal"
      />
      <RegisterFormModal
        opened={open?.form === 'transferIn'}
        onClose={close}
        title={t('memberRegister.transferInTitle', { org: org.name })}
        testId="member-transfer-in-form"
        cols={2}
        fields={[{ name: 'fromOrg', kind: 'text', label: t('memberRegister.fromOrg'), testId: 'member-from-org', wide: true }, ...personFields]}
        initial={fresh}
        ready={(v) => textOf(v, 'name') !== '' && textOf(v, 'fromOrg') !== ''}
        submit={(v) => api.call('partyMember.transferIn', { ...personInput(v), fromOrg: textOf(v, 'fromOrg') })}
        saveTestId="member-save"
        refusalTestId="member-refusal"
      />
      {member && open?.form === 'transferOut' && (
        <RegisterFormModal
          opened
          onClose={close}
          title={t('memberRegister.transferOutTitle', { name: member.name ?? '' })}
          testId="member-transfer-out-form"
          fields={[
            { name: 'toOrg', kind: 'text', label: t('memberRegister.toOrg'), testId: 'member-to-org' },
            { name: 'onDate', kind: 'date', label: t('registers.field.onDate') },
            { name: 'note', kind: 'text', label: t('registers.field.note') },
          ]}
          initial={{ toOrg: '', onDate: chinaToday(), note: '' }}
          ready={(v) => textOf(v, 'toOrg') !== ''}
          submit={(v) => api.call('partyMember.transferOut', { id: member.id, toOrg: textOf(v, 'toOrg'), onDate: textOf(v, 'onDate'), ...(textOf(v, 'note') ? { note: textOf(v, 'note') } : {}) })}
          saveLabel={t('memberRegister.transferOut')}
          saveColor="red"
          saveTestId="member-transfer-out-save"
          refusalTestId="member-refusal"
        />
      )}
      {member && open?.form === 'update' && (
        <RegisterFormModal
          opened
          onClose={close}
          title={t('memberRegister.updateTitle', { name: member.name ?? '' })}
          testId="member-update-form"
          fields={[
            { name: 'category', kind: 'select', label: t('memberRegister.category'), options: categoryOptions(t), testId: 'member-category' },
            { name: 'phone', kind: 'text', label: t('registers.field.phone'), placeholder: t('memberRegister.keepPhone'), testId: 'member-phone' },
            { name: 'residentId', kind: 'lookup', label: t('memberRegister.home'), placeholder: member.home ?? t('memberRegister.searchResident'), search: searchResidents, testId: 'member-home' },
            { name: 'reportCommunityId', kind: 'select', label: t('memberRegister.reportCommunity'), options: communities, clearable: true, testId: 'member-report-community' },
          ]}
          initial={{ category: member.category, phone: '', residentId: null, reportCommunityId: member.reportCommunity ? String(member.reportCommunity.id) : null }}
          submit={(v) => {
            const report = textOf(v, 'reportCommunityId');
            return api.call('partyMember.update', {
              id: member.id,
              ...(textOf(v, 'category') !== member.category ? { category: textOf(v, 'category') as PartyMemberCategory } : {}),
              ...(textOf(v, 'phone') ? { phone: textOf(v, 'phone') } : {}),
              ...(textOf(v, 'residentId') ? { residentId: Number(textOf(v, 'residentId')) } : {}),
              ...(report !== String(member.reportCommunity?.id ?? '') ? { reportCommunityId: report ? Number(report) : null } : {}),
            });
          }}
          saveTestId="member-save"
          refusalTestId="member-refusal"
        />
      )}
    </Stack>
  );
}
