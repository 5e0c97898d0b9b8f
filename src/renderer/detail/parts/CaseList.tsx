// Open cases as compact rows: light, code, category, status, due time; click opens the case.
import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { CaseBrief } from '../../../shared/views';
import { useLocale } from '../../i18n/LocaleProvider';
import { categoryLabel, DataField } from '../../i18n/Vocabulary';
import { useDetailNav } from '../DetailNav';
import { formatDateTime } from '../formatters';
import { LightDot } from './LightDot';

export function CaseList({ cases }: { cases: CaseBrief[] }) {
  const { t, tOpen, locale } = useLocale();
  const { open } = useDetailNav();
  if (cases.length === 0) return <Text fz="sm" c="dimmed">{t('common.none')}</Text>;
  return (
    <Stack gap={2}>
      {cases.map((c) => (
        <UnstyledButton key={c.id} onClick={() => open({ kind: 'case', id: c.id })} data-testid="case-row" px={6} py={4} style={{ borderRadius: 4 }} className="detail-row">
          <Group gap={8} wrap="nowrap" align="flex-start">
            <div style={{ paddingTop: 5 }}>
              <LightDot light={c.light} />
            </div>
            <div style={{ flex: 1, minWidth: 0 }}>
              <Group gap={6} wrap="nowrap" justify="space-between">
                <Text fz="sm" fw={600} truncate>
                  {categoryLabel(tOpen, c.categoryCode, c.categoryName)}
                </Text>
                <Badge size="xs" variant="light" color={c.light === 'red' ? 'red' : c.light === 'yellow' ? 'yellow' : 'green'} style={{ flex: 'none' }}>
                  {t(`caseStatus.${c.status}`)}
                </Badge>
              </Group>
              <Text fz="xs" c="dimmed" truncate>
                {c.code} · {t(`caseSource.${c.source}`)} · <DataField>{c.address}</DataField>
              </Text>
              {c.dueAt !== null && (
                <Text fz="xs" c={c.light === 'red' ? 'red' : 'dimmed'}>
                  {t('detail.dueAtValue', { time: formatDateTime(c.dueAt, locale) })}
                  {c.supervised ? ` · ${t('detail.supervised')}` : ''}
                </Text>
              )}
            </div>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
