// The rows the import will update, each with the fields it changes in words (never their
// values: the preview carries names only, as personal values stay out of it). The preview
// lists the first ones; the commit writes them all.
import { ScrollArea, Table, Text } from '@mantine/core';
import type { ImportPreview } from '../../shared/registerImport';
import { useT } from '../i18n/LocaleProvider';
import { changedFieldWords } from './changedFields';

export function ImportUpdatesTable({ preview }: { preview: ImportPreview }) {
  const t = useT();
  if (preview.updateCount === 0) return null;
  const separator = t.locale === 'en' ? ', ' : '、';
  return (
    <>
      <Text fz="sm" fw={600}>
        {t('import.updates', { count: preview.updateCount })}
      </Text>
      {preview.updates.length < preview.updateCount && (
        <Text fz="xs" c="dimmed">
          {t('import.updatesMore', { shown: preview.updates.length, count: preview.updateCount })}
        </Text>
      )}
      <ScrollArea.Autosize mah={200} type="auto">
        <Table fz="xs" withTableBorder stickyHeader verticalSpacing={3} data-testid="import-updates">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>{t('import.issue.sheet')}</Table.Th>
              <Table.Th w={44} ta="right">
                {t('import.issue.row')}
              </Table.Th>
              <Table.Th>{t('import.updateFields')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.updates.map((u) => (
              <Table.Tr key={`${u.sheet}-${u.row}`} data-testid="import-update" data-row={u.row} data-fields={u.fields.join(' ')}>
                <Table.Td>{u.sheet}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {u.row}
                </Table.Td>
                <Table.Td>{changedFieldWords(u.fields, preview.fields, t).join(separator)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </>
  );
}
