// The street at a glance: the headline counts, open and overdue cases emphasised.
import { Group, Skeleton, Stack, Text } from '@mantine/core';
import type { StreetSummary } from '../../shared/views';
import { useLocale } from '../i18n/LocaleProvider';
import type { PlainMessageKey } from '../i18n/messages';
import { consoleColors } from '../theme/consoleColors';

type CountKey = { [K in keyof StreetSummary]: StreetSummary[K] extends number ? K : never }[keyof StreetSummary];
type Figure = { key: CountKey; label: PlainMessageKey; tone?: 'alert' | 'warn' };

const FIGURES: Figure[] = [
  { key: 'communities', label: 'summary.communities' },
  { key: 'grids', label: 'summary.grids' },
  { key: 'buildings', label: 'summary.buildings' },
  { key: 'households', label: 'summary.households' },
  { key: 'residents', label: 'summary.residents' },
  { key: 'tenants', label: 'summary.tenants' },
  { key: 'partyOrgs', label: 'summary.partyOrgs' },
  { key: 'partyMembers', label: 'summary.partyMembers' },
  { key: 'openCases', label: 'summary.openCases', tone: 'warn' },
  { key: 'overdueCases', label: 'summary.overdueCases', tone: 'alert' },
];

export function SummaryStrip({ summary }: { summary: StreetSummary | null }) {
  const { t, num } = useLocale();
  return (
    <Group
      gap={0}
      wrap="nowrap"
      data-testid="street-summary"
      style={{ gridArea: 'summary', background: consoleColors.panelBg, borderBottom: `1px solid ${consoleColors.panelBorder}`, overflow: 'hidden' }}
    >
      {FIGURES.map((f) => {
        const value = summary ? summary[f.key] : null;
        const color = f.tone === 'alert' && typeof value === 'number' && value > 0 ? consoleColors.danger : f.tone === 'warn' ? consoleColors.warning : undefined;
        return (
          <Stack
            key={f.key}
            gap={0}
            px="md"
            py={6}
            data-testid={`summary-${f.key}`}
            style={{ borderRight: `1px solid ${consoleColors.panelBorder}`, minWidth: 96 }}
          >
            <Text fz="xs" c="dimmed" lh={1.3} style={{ whiteSpace: 'nowrap' }}>
              {t(f.label)}
            </Text>
            {typeof value === 'number' ? (
              <Text fz={20} fw={700} lh={1.25} c={color} className="tabular">
                {num(value)}
              </Text>
            ) : (
              // As tall as the figure's line (20 px × 1.25): the strip keeps its height when
              // the figures come, so the map below is not resized (and redrawn) on first load.
              <Skeleton h={21} w={56} my={2} />
            )}
          </Stack>
        );
      })}
    </Group>
  );
}
