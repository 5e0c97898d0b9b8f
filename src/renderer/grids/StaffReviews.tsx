// Staffing flagged by saved grid edits, until an administrator has looked at it.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/LocaleProvider';
import { staffLine } from './staffLine';
import type { GridEditor } from './useGridEditor';

export function StaffReviews({ editor }: { editor: GridEditor }) {
  const t = useT();
  if (editor.reviews.length === 0) {
    return (
      <Text fz="xs" c="dimmed">
        {t('gridEdit.reviewsNone')}
      </Text>
    );
  }
  return (
    <Stack gap={4} data-testid="staff-reviews">
      {editor.reviews.map((r) => (
        <Group key={r.id} justify="space-between" wrap="nowrap" gap={6} data-testid="staff-review-item">
          <Text fz="xs">{staffLine(r, t)}</Text>
          <Button size="compact-xs" variant="subtle" onClick={() => editor.resolveReview(r.id)} style={{ flexShrink: 0 }}>
            {t('gridEdit.reviewDone')}
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
