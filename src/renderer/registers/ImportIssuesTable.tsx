// The rows the import will not write, each with its reason in words: sheet, row, column,
// the cell as the sheet shows it, why. The preview lists the first ones; the error workbook all.
import { ScrollArea, Table, Text } from '@mantine/core';
import type { ImportPreview } from '../../shared/registerImport';
import { useLocale } from '../i18n/LocaleProvider';

export function ImportIssuesTable({ preview }: { preview: ImportPreview }) {
  const { t, locale } = useLocale();
  if (preview.issueCount === 0) {
    return (
      <Text fz="xs" c="dimmed" data-testid="import-no-issues">
        {t('import.noIssues')}
      </Text>
    );
  }
  return (
    <>
      <Text fz="sm" fw={600}>
        {t('import.issues', { count: preview.issueCount })}
      </Text>
      {preview.issues.length < preview.issueCount && (
        <Text fz="xs" c="dimmed">
          {t('import.issuesMore', { shown: preview.issues.length, count: preview.issueCount })}
        </Text>
      )}
      <ScrollArea.Autosize mah={260} type="auto">
        <Table fz="xs" withTableBorder stickyHeader verticalSpacing={3} data-testid="import-issues">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>{t('import.issue.sheet')}</Table.Th>
              <Table.Th w={44} ta="right">
                {t('import.issue.row')}
              </Table.Th>
              <Table.Th w={90}>{t('import.issue.column')}</Table.Th>
              <Table.Th w={170}>{t('import.issue.value')}</Table.Th>
              <Table.Th>{t('import.issue.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.issues.map((issue, i) => (
              <Table.Tr key={`${issue.sheet}-${issue.row}-${i}`} data-testid="import-issue" data-row={issue.row} data-reason={issue.reason}>
                <Table.Td>{issue.sheet}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {issue.row}
                </Table.Td>
                <Table.Td>{issue.column ?? t('import.issue.wholeRow')}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>{issue.value}</Table.Td>
                <Table.Td>{locale === 'en' ? issue.messageEn : issue.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </>
  );
}
