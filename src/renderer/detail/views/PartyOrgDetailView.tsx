// A Party organisation: kind, level, rating, secretary, members by category, 双报到,
// coverage, and its place in the hierarchy.
import { Badge, Group, Stack, Tabs } from '@mantine/core';
import { DUAL_REPORT_STATES, PARTY_MEMBER_CATEGORIES } from '../../../shared/domain';
import type { PartyOrgDetail } from '../../../shared/views';
import { useT } from '../../i18n/LocaleProvider';
import { InfoTable } from '../parts/InfoTable';
import { PartyOrgList } from '../parts/PartyOrgList';
import { RefLink } from '../parts/RefLink';
import { Section } from '../parts/Section';
import { StatGrid } from '../parts/StatGrid';
import { PartyOrgActions, PartyOrgCoverage, useCoverageWords, usePartyOrgEditable } from '../../registers/PartyOrgEditing';
import { PartyMembersTab } from '../../registers/PartyMembersTab';
import { RecordHistory } from '../../registers/RecordHistory';
import { usePartyOrgNames } from '../../registers/usePartyOrgNames';

export function PartyOrgDetailView({ detail: o }: { detail: PartyOrgDetail }) {
  const t = useT();
  const canEdit = usePartyOrgEditable();
  const orgNames = useCoverageWords(o, usePartyOrgNames());
  return (
    <Stack gap="md">
      <Group gap={6}>
        <Badge color="red">{t(`partyOrgKind.${o.orgKind}`)}</Badge>
        <Badge color={o.rating === 'weak' ? 'orange' : 'gray'}>{t(`partyOrgRating.${o.rating}`)}</Badge>
        {o.underRectification && (
          <Badge color="orange" variant="filled">
            {t('detail.underRectification')}
          </Badge>
        )}
      </Group>
      <InfoTable
        rows={[
          { label: t('detail.secretary'), value: `${o.secretaryName} · ${o.secretaryPhone}` },
          { label: t('detail.level'), value: t('detail.levelN', { level: o.level }) },
          { label: t('detail.foundedOn'), value: o.foundedOn },
          { label: t('detail.code'), value: o.code },
          { label: t('detail.memberCount'), value: String(o.memberCount), testId: 'party-org-members' },
          { label: t('detail.coveredTenants'), value: String(o.coveredTenants) },
          ...(o.parent ? [{ label: t('detail.parentOrg'), value: <RefLink to={{ kind: 'partyOrg', id: o.parent.id }}>{o.parent.name}</RefLink>, testId: 'party-org-parent-name' }] : []),
          ...(o.building ? [{ label: t('detail.building'), value: <RefLink to={{ kind: 'building', id: o.building.id }}>{o.building.name}</RefLink> }] : []),
        ]}
      />
      {canEdit && <PartyOrgActions org={o} />}
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List grow>
          <Tabs.Tab value="overview">{t('registers.overview')}</Tabs.Tab>
          <Tabs.Tab value="members" data-testid="tab-members">
            {t('memberRegister.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="tab-history">
            {t('registers.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="sm">
          <Stack gap="md">
            <Section title={t('detail.membersByCategory')}>
              <StatGrid cols={4} stats={PARTY_MEMBER_CATEGORIES.map((c) => ({ label: t(`partyMemberCategory.${c}`), value: o.membersByCategory[c] ?? 0 }))} />
            </Section>
            <Section title={t('detail.dualReport')}>
              <StatGrid stats={DUAL_REPORT_STATES.map((s) => ({ label: t(`dualReport.${s}`), value: o.dualReport[s] ?? 0, tone: s === 'pending' ? 'alert' : undefined }))} />
            </Section>
            <Section title={t('registerEdit.org.coverageSection', { count: o.coverage.length })}>
              <PartyOrgCoverage org={o} />
            </Section>
            <Section title={t('detail.childOrgs', { count: o.children.length })}>
              <PartyOrgList orgs={o.children} />
            </Section>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="members" pt="sm">
          <PartyMembersTab org={o} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="sm">
          <RecordHistory kind="partyOrg" id={o.id} valueWords={orgNames} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
