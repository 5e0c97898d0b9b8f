// Addresses that matched several buildings: one select per address, the user's choice goes
// back to the core as `picks` with the next preview.
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import type { ImportPickView } from '../../shared/registerImport';
import { useT } from '../i18n/LocaleProvider';

interface Props {
  picks: ImportPickView[];
  chosen: Record<string, number>;
  onChoose: (key: string, buildingId: number | null) => void;
  onApply: () => void;
  busy: boolean;
}

export function ImportPicks({ picks, chosen, onChoose, onApply, busy }: Props) {
  const t = useT();
  if (picks.length === 0) return null;
  return (
    <Stack gap={6} data-testid="import-picks">
      <Text fz="sm" fw={600}>
        {t('import.picks')}
      </Text>
      {picks.map((p) => (
        <Group key={p.key} gap={8} wrap="nowrap" data-testid="import-pick">
          <Text fz="xs" w={260} truncate title={p.address}>
            {p.address} · {t('import.pickRows', { count: p.rows.length })}
          </Text>
          <Select<number>
            size="xs"
            w={320}
            placeholder={t('import.pickPlaceholder')}
            data={p.candidates.map((c) => ({ value: c.buildingId, label: `${c.name} · ${c.address}` }))}
            value={chosen[p.key] ?? null}
            onChange={(v) => onChoose(p.key, v)}
            data-testid="import-pick-select"
          />
        </Group>
      ))}
      <Group>
        <Button size="xs" variant="light" onClick={onApply} disabled={busy} data-testid="import-apply-picks">
          {t('import.applyPicks')}
        </Button>
      </Group>
    </Stack>
  );
}
