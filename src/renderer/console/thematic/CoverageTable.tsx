// Households left outside the service circles, per grid, most first; a row click flies
// to the grid. Grids with everyone inside are left out of the list.
import { ScrollArea, Table, Text } from '@mantine/core';
import type { CoverageGridRow } from '../../../shared/thematic';
import { useLocale } from '../../i18n/LocaleProvider';
import { formatShare } from './formatMetric';

interface Props {
  rows: CoverageGridRow[];
  onPick: (gridId: number) => void;
}

const MAX_HEIGHT = 240;

export function CoverageTable({ rows, onPick }: Props) {
  const { t, locale, num } = useLocale();
  const shown = rows.filter((r) => r.outside > 0);
  if (shown.length === 0) return null;
  return (
    <ScrollArea.Autosize mah={MAX_HEIGHT} type="auto" offsetScrollbars>
      <Table layout="fixed" stickyHeader highlightOnHover verticalSpacing={3} horizontalSpacing={6} fz="xs" data-testid="coverage-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('thematic.coverage.grid')}</Table.Th>
            <Table.Th w={64} style={{ textAlign: 'right' }}>
              {t('thematic.coverage.outside')}
            </Table.Th>
            <Table.Th w={52} style={{ textAlign: 'right' }}>
              {t('thematic.coverage.share')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((r) => (
            <Table.Tr
              key={r.gridId}
              onClick={() => onPick(r.gridId)}
              style={{ cursor: 'pointer' }}
              title={`${r.communityName} · ${r.code} · ${t('thematic.coverage.rowHint')}`}
              data-testid="coverage-row"
              data-grid-id={r.gridId}
              data-outside={r.outside}
            >
              <Table.Td style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                <Text span fz="xs" fw={600}>
                  {r.name}
                </Text>
              </Table.Td>
              <Table.Td className="tabular" style={{ textAlign: 'right' }}>
                {num(r.outside)}
              </Table.Td>
              <Table.Td className="tabular" style={{ textAlign: 'right' }}>
                {formatShare(r.outside, r.households, locale)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
