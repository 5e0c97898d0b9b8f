// The column mapping the importer chose, per sheet read: one select per column to correct it
// (a field, or 不导入). Corrections go back as `mapping` (header label → field) with the next
// preview, and can be kept as a named template.
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ImportPreview } from '../../shared/registerImport';
import { IGNORE_COLUMN } from '../../shared/vocab/registerImport';
import { useT } from '../i18n/LocaleProvider';

interface Props {
  preview: ImportPreview;
  mapping: Record<string, string>;
  onChange: (label: string, field: string) => void;
  onApply: () => void;
  onSaveTemplate: (name: string) => void;
  busy: boolean;
}

export function ImportColumnMapping({ preview, mapping, onChange, onApply, onSaveTemplate, busy }: Props) {
  const t = useT();
  const [templateName, setTemplateName] = useState('');
  // The register's own columns, named by the core in both languages (each register brings its own).
  const options = [...preview.fields.map((f) => ({ value: f.field, label: t.locale === 'zh-CN' ? f.zh : f.en })), { value: IGNORE_COLUMN, label: t('import.columnIgnore') }];
  const sheets = preview.sheets.filter((s) => s.status === 'read');
  return (
    <Stack gap={8} data-testid="import-columns">
      {sheets.map((s) => (
        <Stack key={s.sheet} gap={4}>
          <Text fz="xs" fw={600}>
            {s.sheet}
          </Text>
          <SimpleGrid cols={4} spacing={6} verticalSpacing={4}>
            {s.columns.map((c) => (
              <Select
                key={`${s.sheet}-${c.column}`}
                size="xs"
                label={`${c.column} · ${c.label}`}
                data={options}
                value={mapping[c.label] ?? c.field ?? IGNORE_COLUMN}
                onChange={(v) => v !== null && onChange(c.label, v)}
                placeholder={t('import.columnUnmapped')}
                allowDeselect={false}
                data-testid="import-column-select"
              />
            ))}
          </SimpleGrid>
        </Stack>
      ))}
      <Group gap={8} align="flex-end">
        <Button size="xs" variant="light" onClick={onApply} disabled={busy} data-testid="import-remap">
          {t('import.remap')}
        </Button>
        <TextInput size="xs" w={180} label={t('import.templateName')} value={templateName} onChange={(e) => setTemplateName(e.currentTarget.value)} />
        <Button size="xs" variant="default" disabled={busy || templateName.trim() === ''} onClick={() => onSaveTemplate(templateName.trim())} data-testid="import-save-template">
          {t('import.saveTemplate')}
        </Button>
      </Group>
    </Stack>
  );
}
