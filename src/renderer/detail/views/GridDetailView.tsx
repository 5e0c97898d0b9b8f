// A grid: 11XN staffing with counts per role, the staff, figures, Party orgs, open cases.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { STAFF_ROLES } from '../../../shared/domain';
import type { GridDetail } from '../../../shared/views';
import { useT } from '../../i18n/LocaleProvider';
import { CaseList } from '../parts/CaseList';
import { gridCountStats } from '../parts/gridCountStats';
import { InfoTable } from '../parts/InfoTable';
import { PartyOrgList } from '../parts/PartyOrgList';
import { RefLink } from '../parts/RefLink';
import { Section } from '../parts/Section';
import { StatGrid } from '../parts/StatGrid';
import { MatterSection } from '../../meetings/MatterSection';

export function GridDetailView({ detail: g }: { detail: GridDetail }) {
  const t = useT();
  return (
    <Stack gap="md">
      <InfoTable
        rows={[
          { label: t('detail.community'), value: <RefLink to={{ kind: 'community', id: g.community.id }}>{g.community.name}</RefLink> },
          { label: t('detail.code'), value: g.code },
        ]}
      />
      <Section title={t('detail.staffCounts')} testId="grid-staff-counts">
        <StatGrid cols={4} stats={STAFF_ROLES.map((role) => ({ label: t(`staffRole.${role}`), value: g.staffCounts[role] ?? 0, testId: `staff-count-${role}` }))} />
      </Section>
      <Section title={t('detail.counts')}>
        <StatGrid stats={gridCountStats(g.counts, t)} />
      </Section>
      <Section title={t('detail.staff', { count: g.staff.length })}>
        <Stack gap={4}>
          {STAFF_ROLES.flatMap((role) =>
            g.staff
              .filter((s) => s.role === role)
              .map((s) => (
                <Group key={s.id} gap={8} wrap="nowrap" justify="space-between" data-testid="staff-row">
                  <Group gap={8} wrap="nowrap">
                    <Badge size="sm" variant="light" w={64} color={role === 'grid_head' ? 'command' : role === 'grid_worker' ? 'teal' : role === 'building_head' ? 'grape' : 'gray'}>
                      {t(`staffRole.${role}`)}
                    </Badge>
                    <Text fz="sm" fw={600}>
                      {s.name}
                    </Text>
                    {s.isPartyMember && (
                      <Badge size="xs" color="red" variant="filled">
                        {t('detail.partyMember')}
                      </Badge>
                    )}
                  </Group>
                  <Text fz="xs" c="dimmed" truncate>
                    {s.buildingName ? t('detail.staffBuilding', { name: s.buildingName }) : s.phone}
                  </Text>
                </Group>
              )),
          )}
        </Stack>
      </Section>
      <Section title={t('detail.partyOrgs', { count: g.partyOrgs.length })}>
        <PartyOrgList orgs={g.partyOrgs} />
      </Section>
      <Section title={t('detail.openCases', { count: g.openCases.length })}>
        <CaseList cases={g.openCases} />
      </Section>
      <MatterSection where={{ gridId: g.id }} />
    </Stack>
  );
}
