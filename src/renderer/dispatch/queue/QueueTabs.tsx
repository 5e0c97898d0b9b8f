// The queues as tabs, each with its live count; overdue and supervised counts stand out.
import { Badge, Tabs } from '@mantine/core';
import { CASE_QUEUES, type CaseQueue } from '../../../shared/vocab/cases';
import { useT } from '../../i18n/LocaleProvider';

const ALERT: ReadonlySet<CaseQueue> = new Set(['overdue']);
const NOTICE: ReadonlySet<CaseQueue> = new Set(['supervised', 'new', 'toDispatch']);

export function QueueTabs({ value, counts, onChange }: { value: CaseQueue; counts: Record<CaseQueue, number> | null; onChange: (q: CaseQueue) => void }) {
  const t = useT();
  return (
    <Tabs value={value} onChange={(v) => v && onChange(v as CaseQueue)} variant="default" data-testid="queue-tabs">
      <Tabs.List style={{ flexWrap: 'nowrap' }}>
        {CASE_QUEUES.map((q) => {
          const count = counts?.[q];
          const tone = count && ALERT.has(q) ? 'red' : count && NOTICE.has(q) ? 'command' : 'gray';
          return (
            <Tabs.Tab
              key={q}
              value={q}
              px={10}
              py={8}
              data-testid={`queue-tab-${q}`}
              rightSection={
                <Badge size="sm" variant={q === value ? 'filled' : 'light'} color={tone} className="tabular" data-testid={`queue-count-${q}`} miw={28}>
                  {count ?? '·'}
                </Badge>
              }
            >
              {t(`queue.${q}`)}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
    </Tabs>
  );
}
