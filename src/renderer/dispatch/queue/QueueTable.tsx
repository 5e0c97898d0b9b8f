// The queue as a dense table: one line per case, the cursor row (j/k) marked, the open
// case shaded. Columns have fixed widths so live refreshes never make the table jump.
import { Badge, Checkbox, Table, Text, Tooltip } from '@mantine/core';
import type { CaseRow } from '../../../shared/cases';
import { gridLabel } from '../../../shared/gridLabel';
import { LightDot } from '../../detail/parts/LightDot';
import { useLocale } from '../../i18n/LocaleProvider';
import { categoryLabel } from '../../i18n/Vocabulary';
import { formatShortDateTime } from '../format';
import { useNow } from '../useNow';
import { statusColor } from '../statusColor';
import { dueInfo, formatDue } from './dueText';
import { shortAddress } from './shortText';

interface Props {
  rows: CaseRow[];
  cursorId: number | null;
  openId: number | null;
  selectable: boolean;
  selected: ReadonlySet<number>;
  onToggle: (id: number, on: boolean) => void;
  onToggleAll: (on: boolean) => void;
  onOpen: (row: CaseRow) => void;
  /** City + district + street: what every address starts with. */
  addressPrefix: string;
}

const COLUMNS: Array<{ key: string; width: number | undefined }> = [
  { key: 'select', width: 30 },
  { key: 'code', width: 150 },
  { key: 'status', width: 86 },
  { key: 'category', width: 150 },
  { key: 'address', width: undefined },
  // Fits the shared grid label (杨家坪·11网格); the full name is in the cell's title.
  { key: 'grid', width: 112 },
  { key: 'assignee', width: 96 },
  { key: 'reported', width: 80 },
  { key: 'due', width: 92 },
  { key: 'flags', width: 44 },
];

const cell = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

export function QueueTable({ rows, cursorId, openId, selectable, selected, onToggle, onToggleAll, onOpen, addressPrefix }: Props) {
  const { t, tOpen, locale } = useLocale();
  const now = useNow();
  const columns = selectable ? COLUMNS : COLUMNS.slice(1);
  const allOn = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const someOn = !allOn && rows.some((r) => selected.has(r.id));

  return (
    <Table layout="fixed" stickyHeader highlightOnHover verticalSpacing={5} horizontalSpacing={6} fz="sm" data-testid="queue-table" className="queue-table">
      <colgroup>
        {columns.map((c) => (
          <col key={c.key} style={c.width ? { width: c.width } : undefined} />
        ))}
      </colgroup>
      <Table.Thead>
        <Table.Tr>
          {selectable && (
            <Table.Th>
              <Checkbox size="xs" checked={allOn} indeterminate={someOn} onChange={(e) => onToggleAll(e.currentTarget.checked)} aria-label={t('queue.selectAll')} data-testid="queue-select-all" />
            </Table.Th>
          )}
          <Table.Th>{t('queue.col.code')}</Table.Th>
          <Table.Th>{t('queue.col.status')}</Table.Th>
          <Table.Th>{t('queue.col.category')}</Table.Th>
          <Table.Th>{t('queue.col.address')}</Table.Th>
          <Table.Th>{t('queue.col.grid')}</Table.Th>
          <Table.Th>{t('queue.col.assignee')}</Table.Th>
          <Table.Th>{t('queue.col.reported')}</Table.Th>
          <Table.Th>{t('queue.col.due')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => {
          const due = dueInfo(r, now);
          const isCursor = r.id === cursorId;
          const isOpen = r.id === openId;
          return (
            <Table.Tr
              key={r.id}
              data-testid="queue-row"
              data-case-id={r.id}
              data-code={r.code}
              data-status={r.status}
              data-cursor={isCursor ? 'true' : undefined}
              data-open={isOpen ? 'true' : undefined}
              onClick={() => onOpen(r)}
              style={{ cursor: 'pointer' }}
            >
              {selectable && (
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  <Checkbox size="xs" checked={selected.has(r.id)} onChange={(e) => onToggle(r.id, e.currentTarget.checked)} aria-label={r.code} data-testid="queue-row-select" />
                </Table.Td>
              )}
              <Table.Td style={cell} className="tabular">
                <span style={{ display: 'inline-block', width: 14 }}>
                  <LightDot light={r.light} />
                </span>
                <Text span fz="xs" fw={isCursor ? 700 : 500} ff="monospace">
                  {r.code}
                </Text>
              </Table.Td>
              <Table.Td style={cell} title={t(`caseStatus.${r.status}`)}>
                <Badge size="sm" variant="light" color={statusColor(r.status)} maw="100%" data-testid="queue-row-status">
                  {t(`caseStatus.${r.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td style={cell} title={`${t(`caseClass.${r.caseClass}`)} · ${categoryLabel(tOpen, r.categoryCode, r.categoryName)} · ${categoryLabel(tOpen, r.subcategoryCode, r.subcategoryName)}`}>
                {categoryLabel(tOpen, r.subcategoryCode, r.subcategoryName)}
                <Text span fz="xs" c="dimmed">
                  {' '}
                  · {categoryLabel(tOpen, r.categoryCode, r.categoryName)}
                </Text>
              </Table.Td>
              <Table.Td style={cell} title={r.address} data-field="">
                {shortAddress(r.address, addressPrefix)}
              </Table.Td>
              <Table.Td style={cell} title={r.gridName} data-testid="queue-row-grid" data-field="">
                {gridLabel({ name: r.gridName, communityName: r.communityName })}
              </Table.Td>
              <Table.Td style={cell} title={r.assigneeName ?? undefined} data-field="">
                {r.assigneeName ?? (
                  <Text span fz="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={cell} className="tabular">
                <Text span fz="xs">
                  {formatShortDateTime(r.reportedAt, locale, now)}
                </Text>
              </Table.Td>
              <Table.Td style={cell} data-testid="queue-row-due">
                <Text span fz="xs" fw={due.kind === 'overdue' ? 700 : 400} c={due.kind === 'overdue' || due.kind === 'closedLate' ? 'red.8' : r.light === 'yellow' ? 'orange.8' : undefined}>
                  {formatDue(due, t)}
                </Text>
              </Table.Td>
              <Table.Td style={{ ...cell, textOverflow: 'clip' }}>
                {r.supervised && (
                  <Tooltip label={t('detail.supervised')}>
                    <Badge size="xs" color="violet" variant="filled" px={3} data-testid="queue-row-supervised">
                      {t('queue.flag.supervised')}
                    </Badge>
                  </Tooltip>
                )}
                {r.extensionPending && (
                  <Tooltip label={t('queue.flag.extensionHint')}>
                    <Badge size="xs" color="orange" variant="light" px={3}>
                      {t('queue.flag.extension')}
                    </Badge>
                  </Tooltip>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
