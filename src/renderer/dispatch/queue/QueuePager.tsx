// Below the queue: how many cases match, which page, and the page buttons.
import { Group, Loader, Pagination, Text } from '@mantine/core';
import { useLocale } from '../../i18n/LocaleProvider';
import { formatNumber } from '../../detail/formatters';
import { PAGE_SIZE } from './queueFilters';

export function QueuePager({ total, page, loading, onPage }: { total: number | null; page: number; loading: boolean; onPage: (page: number) => void }) {
  const { t, locale } = useLocale();
  const pages = total === null ? 1 : Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = total === null || total === 0 ? 0 : page * PAGE_SIZE + 1;
  const last = total === null ? 0 : Math.min(total, (page + 1) * PAGE_SIZE);
  return (
    <Group justify="space-between" px={12} py={6} wrap="nowrap" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Group gap={8} wrap="nowrap">
        <Text fz="xs" c="dimmed" data-testid="queue-total" className="tabular">
          {total === null ? t('common.loading') : t('queue.total', { total: formatNumber(total, locale), first, last })}
        </Text>
        {loading && <Loader size={12} />}
      </Group>
      <Pagination size="xs" total={pages} value={page + 1} onChange={(p) => onPage(p - 1)} hideWithOnePage data-testid="queue-pager" />
    </Group>
  );
}
