// What the save would move: flows between grids (buildings, households, tenants, unresolved
// cases, service points), households per changed grid after the save, and (in the save
// dialog; the pane lists them under its staff section) staff to review. Grids go by their
// label (铁马·11网格): their codes differ only in the last digits.
import { List, Stack, Text } from '@mantine/core';
import type { GridEditPreview } from '../../shared/gridEdit';
import { useT } from '../i18n/LocaleProvider';
import { staffLine } from './staffLine';

export function MovePreview({ preview, labelOf, withStaff }: { preview: GridEditPreview; labelOf: (id: number) => string; withStaff: boolean }) {
  const t = useT();
  const signed = (n: number) => t.num.signed(n);
  return (
    <Stack gap={6} data-testid="move-preview">
      {preview.flows.length === 0 ? (
        <Text fz="xs" c="dimmed">
          {t('gridEdit.movesNone')}
        </Text>
      ) : (
        <List size="xs" spacing={2} data-testid="flows">
          {preview.flows.map((f) => (
            <List.Item key={`${f.fromId}-${f.toId}`}>
              {f.buildings > 0 && <div>{t('gridEdit.flow', { from: labelOf(f.fromId), to: labelOf(f.toId), buildings: f.buildings, households: f.households, tenants: f.tenants })}</div>}
              {f.openCases > 0 && <div>{t('gridEdit.flowCases', { count: f.openCases, from: labelOf(f.fromId), to: labelOf(f.toId) })}</div>}
              {f.facilities > 0 && <div>{t('gridEdit.flowFacilities', { count: f.facilities, from: labelOf(f.fromId), to: labelOf(f.toId) })}</div>}
            </List.Item>
          ))}
        </List>
      )}
      {preview.moves.length > 0 && (
        <List size="xs" spacing={2} data-testid="grid-after">
          {preview.moves
            .filter((m) => !preview.removedGridIds.includes(m.gridId))
            .map((m) => (
              <List.Item key={m.gridId} data-grid-code={m.code} data-households-after={m.householdsAfter}>
                {m.households === 0 ? t('gridEdit.gridAfterSame', { code: labelOf(m.gridId), after: m.householdsAfter }) : t('gridEdit.gridAfter', { code: labelOf(m.gridId), delta: signed(m.households), after: m.householdsAfter })}
              </List.Item>
            ))}
        </List>
      )}
      {withStaff && preview.staffReview.length > 0 && (
        <>
          <Text fz="xs" fw={600}>
            {t('gridEdit.staff')}
          </Text>
          <List size="xs" spacing={2} data-testid="staff-review">
            {preview.staffReview.map((s, i) => (
              <List.Item key={i}>{staffLine(s, t, labelOf)}</List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
