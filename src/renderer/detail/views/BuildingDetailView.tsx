// A building: its facts, then households with members, tenants, Party orgs and open cases.
import { Badge, Stack, Tabs, Text } from '@mantine/core';
import type { BuildingDetail } from '../../../shared/views';
import { useLocale } from '../../i18n/LocaleProvider';
import { formatNumber } from '../formatters';
import { CaseList } from '../parts/CaseList';
import { HouseholdList } from '../parts/HouseholdList';
import { InfoTable } from '../parts/InfoTable';
import { PartyOrgList } from '../parts/PartyOrgList';
import { GridLink } from '../parts/GridLink';
import { TenantList } from '../parts/TenantList';
import { BuildingHeadRow, useBuildingHeads } from '../../registers/BuildingHead';
import { BuildingHistoryTab } from '../../registers/BuildingHistoryTab';
import { useBuildingEditing } from '../../registers/useBuildingEditing';
import { MatterSection } from '../../meetings/MatterSection';

export function BuildingDetailView({ detail: b }: { detail: BuildingDetail }) {
  const { t, locale } = useLocale();
  const firstTab = b.households.length > 0 || b.tenants.length === 0 ? 'households' : 'tenants';
  const editing = useBuildingEditing(b);
  const heads = useBuildingHeads(b);
  // Roles without home addresses get counts only (core/access/matrix.ts).
  return (
    <Stack gap="md">
      <InfoTable
        rows={[
          { label: t('detail.address'), value: b.address, testId: 'building-address' },
          { label: t('detail.grid'), value: <GridLink grid={b.grid} /> },
          { label: t('detail.use'), value: <Badge size="sm">{t(`buildingUse.${b.use}`)}</Badge> },
          { label: t('detail.floors'), value: t('detail.floorsAndLift', { floors: b.floors, lift: t(b.hasLift ? 'common.yes' : 'common.no') }) },
          { label: t('detail.householdCount'), value: t('common.households', { count: formatNumber(b.householdCount, locale) }), testId: 'building-households' },
          { label: t('detail.residentCount'), value: t('common.people', { count: formatNumber(b.residentCount, locale) }) },
          { label: t('detail.builtYear'), value: String(b.builtYear) },
          { label: t('detail.code'), value: b.code },
        ]}
      />
      <BuildingHeadRow building={b} heads={heads} canEdit={editing.canEdit} />
      <MatterSection where={{ buildingId: b.id }} />
      <Tabs defaultValue={firstTab} keepMounted={false}>
        <Tabs.List grow>
          <Tabs.Tab value="households">{t('detail.households', { count: b.householdCount })}</Tabs.Tab>
          <Tabs.Tab value="tenants">{t('detail.tenants', { count: b.tenants.length })}</Tabs.Tab>
          <Tabs.Tab value="partyOrgs">{t('detail.partyOrgs', { count: b.partyOrgs.length })}</Tabs.Tab>
          <Tabs.Tab value="cases">{t('detail.openCases', { count: b.openCases.length })}</Tabs.Tab>
          <Tabs.Tab value="history" data-testid="tab-history">
            {t('registers.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="households" pt="sm">
          {b.households.length === 0 && b.householdCount > 0 ? (
            <Text fz="sm" c="dimmed" data-testid="households-hidden">
              {t('access.householdsHidden', { count: formatNumber(b.householdCount, locale) })}
            </Text>
          ) : (
            <>
              {editing.listActions}
              <HouseholdList households={b.households} memberActions={editing.memberActions} householdActions={editing.householdActions} />
            </>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="tenants" pt="sm">
          <TenantList tenants={b.tenants} />
        </Tabs.Panel>
        <Tabs.Panel value="partyOrgs" pt="sm">
          <PartyOrgList orgs={b.partyOrgs} />
        </Tabs.Panel>
        <Tabs.Panel value="cases" pt="sm">
          <CaseList cases={b.openCases} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="sm">
          <BuildingHistoryTab building={b} heads={heads} />
        </Tabs.Panel>
      </Tabs>
      {editing.forms}
    </Stack>
  );
}
