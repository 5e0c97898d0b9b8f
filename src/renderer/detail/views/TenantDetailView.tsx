// A commercial tenant: registration facts, staff, credit grade and Party coverage.
import { Alert, Badge, Stack, Tabs } from '@mantine/core';
import type { TenantDetail } from '../../../shared/views';
import { useLocale } from '../../i18n/LocaleProvider';
import { DataField } from '../../i18n/Vocabulary';
import { InfoTable } from '../parts/InfoTable';
import { PartyOrgList } from '../parts/PartyOrgList';
import { GridLink } from '../parts/GridLink';
import { RefLink } from '../parts/RefLink';
import { Section } from '../parts/Section';
import { RecordHistory } from '../../registers/RecordHistory';
import { TenantActions, useTenantEditable } from '../../registers/TenantEditing';

export function TenantDetailView({ detail: x }: { detail: TenantDetail }) {
  const { t, tOpen } = useLocale();
  const canEdit = useTenantEditable();
  return (
    <Stack gap="md">
      {!x.coveringOrg && (
        <Alert color="orange" variant="light" py={6} data-testid="tenant-uncovered">
          {t('detail.notCovered')}
        </Alert>
      )}
      <InfoTable
        rows={[
          { label: t('detail.category'), value: tOpen('tenantCategory', x.category), testId: 'tenant-category' },
          { label: t('detail.creditGrade'), value: <Badge size="sm">{t(`creditGrade.${x.creditGrade}`)}</Badge> },
          { label: t('detail.uscc'), value: <span style={{ fontFamily: 'monospace' }}>{x.uscc}</span> },
          { label: t('detail.legalRep'), value: <DataField>{`${x.legalRep} · ${x.phone}`}</DataField> },
          { label: t('detail.employees'), value: t('common.people', { count: x.employees }) },
          { label: t('detail.partyMembersCount'), value: t('common.people', { count: x.partyMembers }) },
          { label: t('detail.building'), value: <RefLink to={{ kind: 'building', id: x.building.id }}>
                <DataField>{x.building.name}</DataField>
                {` · ${t('detail.floorN', { floor: x.floor })}`}
              </RefLink> },
          { label: t('detail.grid'), value: <GridLink grid={x.grid} /> },
        ]}
      />
      <TenantActions tenant={x} canEdit={canEdit} />
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List grow>
          <Tabs.Tab value="overview">{t('registers.overview')}</Tabs.Tab>
          <Tabs.Tab value="history" data-testid="tab-history">
            {t('registers.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="sm">
          <Section title={t('detail.coveringOrg')}>
            <PartyOrgList orgs={x.coveringOrg ? [x.coveringOrg] : []} />
          </Section>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="sm">
          <RecordHistory kind="tenant" id={x.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
