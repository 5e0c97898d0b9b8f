// The building drawer's 变更记录 tab: pick the record (the building itself, its 楼栋长 post,
// or one of its residents) and read its history.
import { Select, Stack } from '@mantine/core';
import { useState } from 'react';
import type { RecordKind } from '../../shared/registers';
import type { BuildingDetail, StaffView } from '../../shared/views';
import { useT } from '../i18n/LocaleProvider';
import { RecordHistory } from './RecordHistory';

export function BuildingHistoryTab({ building, heads }: { building: BuildingDetail; heads: StaffView[] }) {
  const t = useT();
  const records: { kind: RecordKind; id: number; label: string }[] = [
    { kind: 'building', id: building.id, label: t('registers.historyOf.building') },
    ...heads.map((s) => ({ kind: 'gridStaff' as const, id: s.id, label: t('registers.historyOf.head', { name: s.name }) })),
    ...building.households.flatMap((h) =>
      h.members.map((m) => ({ kind: 'resident' as const, id: m.id, label: `${t('registers.historyOf.resident', { name: m.name })} · ${t('detail.room', { unit: h.unit, room: h.room })}` })),
    ),
  ];
  const options = records.map((r) => ({ value: `${r.kind}:${r.id}`, label: r.label }));
  const [chosen, setChosen] = useState(options[0]!.value);
  const record = records.find((r) => `${r.kind}:${r.id}` === chosen) ?? records[0]!;
  return (
    <Stack gap={8}>
      <Select size="xs" label={t('registers.historyRecord')} data={options} value={chosen} onChange={(v) => v && setChosen(v)} searchable allowDeselect={false} data-testid="history-record" />
      <RecordHistory key={chosen} kind={record.kind} id={record.id} />
    </Stack>
  );
}
