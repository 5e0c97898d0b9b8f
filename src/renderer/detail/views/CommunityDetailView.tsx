// A community: its grids, figures and its Party committee.
import { Stack } from '@mantine/core';
import type { CommunityDetail } from '../../../shared/views';
import { useT } from '../../i18n/LocaleProvider';
import { gridCountStats } from '../parts/gridCountStats';
import { InfoTable } from '../parts/InfoTable';
import { PartyOrgList } from '../parts/PartyOrgList';
import { Section } from '../parts/Section';
import { StatGrid } from '../parts/StatGrid';

export function CommunityDetailView({ detail: c }: { detail: CommunityDetail }) {
  const t = useT();
  return (
    <Stack gap="md">
      <InfoTable
        rows={[
          { label: t('detail.code'), value: c.code },
          { label: t('detail.grids'), value: String(c.grids) },
        ]}
      />
      <Section title={t('detail.counts')}>
        <StatGrid stats={gridCountStats(c.counts, t)} />
      </Section>
      <Section title={t('detail.communityPartyOrg')}>
        <PartyOrgList orgs={c.partyOrg ? [c.partyOrg] : []} />
      </Section>
    </Stack>
  );
}
