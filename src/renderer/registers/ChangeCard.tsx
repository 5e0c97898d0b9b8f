// One change in a 变更记录 list: who did what and when, then each field before → after.
// Records (RecordHistory) and devices (DeviceHistoryList) show their changes alike.
import { Table, Text } from '@mantine/core';
import { formatDateTime } from './formatDateTime';

export interface ChangeRow {
  field: string;
  label: string;
  /** "before → after" in words, or what the role is told instead. */
  text: string;
}

/** `testId` names the list: its cards are `${testId}-change`, their rows `${testId}-field`. */
export function ChangeCard({ testId, action, byLine, at, rows, labelWidth }: { testId: string; action: string; byLine: string; at: number; rows: readonly ChangeRow[]; labelWidth: number }) {
  return (
    <div data-testid={`${testId}-change`} data-action={action} style={{ border: '1px solid #e9ecef', borderRadius: 4, padding: '4px 8px' }}>
      <Text fz="xs" fw={600}>
        {byLine}
        <Text span fz="xs" c="dimmed" ml={8}>
          {formatDateTime(at)}
        </Text>
      </Text>
      <Table fz="xs" verticalSpacing={1} horizontalSpacing={6} withRowBorders={false}>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.field} data-testid={`${testId}-field`} data-field={r.field}>
              <Table.Td w={labelWidth} c="dimmed">
                {r.label}
              </Table.Td>
              <Table.Td>{r.text}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
