// Tenants in a building: name, category, floor, credit grade, Party coverage.
import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { TenantBrief } from '../../../shared/views';
import { useLocale } from '../../i18n/LocaleProvider';
import { DataField } from '../../i18n/Vocabulary';
import { useDetailNav } from '../DetailNav';

export function TenantList({ tenants }: { tenants: TenantBrief[] }) {
  const { t, tOpen } = useLocale();
  const { open } = useDetailNav();
  if (tenants.length === 0) return <Text fz="sm" c="dimmed">{t('common.none')}</Text>;
  return (
    <Stack gap={2}>
      {tenants.map((x) => (
        <UnstyledButton key={x.id} onClick={() => open({ kind: 'tenant', id: x.id })} px={6} py={4} className="detail-row" data-testid="tenant-row">
          <Group justify="space-between" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Text fz="sm" fw={600} truncate>
                <DataField>{x.name}</DataField>
              </Text>
              <Text fz="xs" c="dimmed" truncate>
                {tOpen('tenantCategory', x.category)} · {t('detail.floorN', { floor: x.floor })} · {t('common.people', { count: x.employees })}
              </Text>
            </div>
            <Group gap={4} wrap="nowrap" style={{ flex: 'none' }}>
              <Badge size="xs" color="gray">
                {t(`creditGrade.${x.creditGrade}`)}
              </Badge>
              {x.coveringOrgName === null && (
                <Badge size="xs" color="orange" variant="filled">
                  {t('legend.tenantUncovered')}
                </Badge>
              )}
            </Group>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
