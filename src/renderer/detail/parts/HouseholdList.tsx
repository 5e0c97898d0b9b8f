// Households of a building, each with its members: name, sex, age, relation, tags. Names
// come masked from the core; 查看完整信息 unmasks one resident where the role allows it.
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { HouseholdView, ResidentBrief } from '../../../shared/views';
import { useT } from '../../i18n/LocaleProvider';
import { ResidentTags } from './ResidentTags';
import { RevealButton } from '../reveal/RevealButton';
import { useRevealKinds } from '../reveal/useRevealKinds';
import { CareHistoryButton } from '../../care/CareHistoryButton';
import { useSession } from '../../session/SessionProvider';

interface Props {
  households: HouseholdView[];
  /** Register editing (编辑, 迁出/死亡; 新增居民), for the roles that keep the register. */
  memberActions?: ((r: ResidentBrief) => ReactNode) | undefined;
  householdActions?: ((h: HouseholdView) => ReactNode) | undefined;
}

export function HouseholdList({ households, memberActions, householdActions }: Props) {
  const t = useT();
  const canReveal = useRevealKinds().has('resident');
  const { state } = useSession();
  // Care history is for the register roles (the core refuses the others).
  const seesCare = state.phase === 'unlocked' && (state.user.role === 'admin' || state.user.role === 'community');
  if (households.length === 0) return <Text fz="sm" c="dimmed">{t('detail.noHouseholds')}</Text>;
  return (
    <Stack gap="sm">
      {households.map((h) => (
        <div key={h.id} data-testid="household" data-id={h.id} data-status={h.status} style={{ border: '1px solid #e9ecef', borderRadius: 4 }}>
          <Group justify="space-between" px={8} py={4} style={{ background: '#f8f9fa', borderBottom: '1px solid #e9ecef' }}>
            <Group gap={6}>
              <Text fz="sm" fw={600}>
                {t('detail.room', { unit: h.unit, room: h.room })}
              </Text>
              {h.status !== 'occupied' && (
                <Badge size="xs" color="gray" variant="light" data-testid="household-status" data-status={h.status}>
                  {t(`registerEdit.householdStatus.${h.status}`)}
                </Badge>
              )}
            </Group>
            <Group gap={6}>
              <Text fz="xs" c="dimmed">
                {t(`tenure.${h.tenure}`)} · {t('common.people', { count: h.members.length })}
              </Text>
              {householdActions?.(h)}
            </Group>
          </Group>
          <Table fz="xs" verticalSpacing={3} horizontalSpacing={8} withRowBorders={false}>
            <Table.Tbody>
              {h.members.map((m) => (
                <Table.Tr key={m.id} data-testid="resident">
                  <Table.Td fw={600} w={72} style={{ whiteSpace: 'nowrap' }}>
                    {m.name}
                  </Table.Td>
                  <Table.Td w={28}>{t(`gender.${m.gender}`)}</Table.Td>
                  <Table.Td w={44} className="tabular" style={{ whiteSpace: 'nowrap' }}>
                    {t('detail.ageYears', { age: m.age })}
                  </Table.Td>
                  <Table.Td w={48} c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {m.relation}
                  </Table.Td>
                  <Table.Td>
                    <ResidentTags tags={m.tags} partyMember={m.isPartyMember} />
                  </Table.Td>
                  {canReveal && (
                    <Table.Td w={88} ta="right">
                      <RevealButton kind="resident" id={m.id} label={m.name} />
                    </Table.Td>
                  )}
                  {seesCare && (
                    <Table.Td w={48}>
                      <CareHistoryButton residentId={m.id} name={m.name} />
                    </Table.Td>
                  )}
                  {memberActions && <Table.Td w={96}>{memberActions(m)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ))}
    </Stack>
  );
}
