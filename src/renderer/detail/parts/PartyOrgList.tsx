// Party organisations as rows: name, kind, rating (weak ones flagged); click opens one.
import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { PartyOrgBrief } from '../../../shared/views';
import { useT } from '../../i18n/LocaleProvider';
import { DataField } from '../../i18n/Vocabulary';
import { PARTY_ORG_KIND_COLORS } from '../../map/palette';
import { useDetailNav } from '../DetailNav';

export function PartyOrgList({ orgs }: { orgs: PartyOrgBrief[] }) {
  const t = useT();
  const { open } = useDetailNav();
  if (orgs.length === 0) return <Text fz="sm" c="dimmed">{t('common.none')}</Text>;
  return (
    <Stack gap={2}>
      {orgs.map((o) => (
        <UnstyledButton key={o.id} onClick={() => open({ kind: 'partyOrg', id: o.id })} px={6} py={4} className="detail-row" data-testid="party-org-row">
          <Group gap={8} wrap="nowrap" justify="space-between">
            <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
              <span style={{ width: 10, height: 10, borderRadius: 5, background: PARTY_ORG_KIND_COLORS[o.kind], flex: 'none' }} />
              <div style={{ minWidth: 0 }}>
                <Text fz="sm" fw={600} truncate>
                  <DataField>{o.name}</DataField>
                </Text>
                <Text fz="xs" c="dimmed">
                  {t(`partyOrgKind.${o.kind}`)}
                </Text>
              </div>
            </Group>
            <Badge size="xs" color={o.rating === 'weak' ? 'orange' : o.rating === 'advanced' ? 'red' : 'gray'} style={{ flex: 'none' }}>
              {t(`partyOrgRating.${o.rating}`)}
            </Badge>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
