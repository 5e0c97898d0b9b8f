// The preview's figures: per sheet, how many rows are new, updated, unchanged, in conflict,
// waiting for a building to be picked, rejected; what was skipped; and the totals.
import { Table, Text } from '@mantine/core';
import type { ImportCounts, ImportPreview } from '../../shared/registerImport';
import { useT } from '../i18n/LocaleProvider';

const COUNT_KEYS = ['new', 'updated', 'unchanged', 'conflict', 'needsPick', 'rejected'] as const satisfies readonly (keyof ImportCounts)[];

export function ImportSheetCounts({ preview }: { preview: ImportPreview }) {
  const t = useT();
  return (
    <Table fz="xs" withTableBorder withColumnBorders verticalSpacing={4} data-testid="import-counts">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('import.sheet')}</Table.Th>
          {COUNT_KEYS.map((k) => (
            <Table.Th key={k} ta="right">
              {t(`import.count.${k}`)}
            </Table.Th>
          ))}
          <Table.Th ta="right">{t('import.newHouseholds')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.sheets.map((s) => (
          <Table.Tr key={s.sheet} data-testid="import-sheet" data-sheet={s.sheet} data-status={s.status}>
            <Table.Td>
              <Text fz="xs" fw={600}>
                {s.sheet}
              </Text>
              <Text fz={11} c="dimmed">
                {s.status === 'read'
                  ? `${t('import.headerRows', { rows: s.headerRows.join(', ') })} · ${t('import.skipped', {
                      hiddenRows: s.skipped.hiddenRows.length,
                      hiddenColumns: s.skipped.hiddenColumns.length,
                      totalsRows: s.skipped.totalsRows.length,
                      emptyRows: s.skipped.emptyRows,
                    })}`
                  : t(`import.sheetStatus.${s.status}`)}
              </Text>
            </Table.Td>
            {COUNT_KEYS.map((k) => (
              <Table.Td key={k} ta="right" className="tabular" data-testid={`import-count-${k}`}>
                {s.status === 'read' ? t.num(s.counts[k]) : '–'}
              </Table.Td>
            ))}
            <Table.Td ta="right" className="tabular">
              {s.status === 'read' ? t.num(s.newHouseholds) : '–'}
            </Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr data-testid="import-totals" style={{ fontWeight: 700 }}>
          <Table.Td>{t('import.totals')}</Table.Td>
          {COUNT_KEYS.map((k) => (
            <Table.Td key={k} ta="right" className="tabular" data-testid={`import-total-${k}`} data-value={preview.totals[k]}>
              {t.num(preview.totals[k])}
            </Table.Td>
          ))}
          <Table.Td ta="right" className="tabular">
            {t.num(preview.sheets.reduce((n, s) => n + s.newHouseholds, 0))}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
