// Staffing to look at: what the unsaved draft would flag (it becomes a review when saved)
// and what saved edits flagged, until an administrator has looked at it. "Nothing to
// review" only when neither has anything.
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/LocaleProvider';
import { staffLine } from './staffLine';
import type { GridEditor } from './useGridEditor';

export function StaffReviews({ editor }: { editor: GridEditor }) {
  const t = useT();
  const drafted = editor.ops.length > 0 ? (editor.preview?.staffReview ?? []) : [];
  if (editor.reviews.length === 0 && drafted.length === 0) {
    return (
      <Text fz="xs" c="dimmed" data-testid="staff-reviews-none">
        {t('gridEdit.reviewsNone')}
      </Text>
    );
  }
  return (
    <Stack gap={4} data-testid="staff-reviews">
      {drafted.map((s, i) => (
        <Group key={`draft-${i}`} justify="space-between" wrap="nowrap" gap={6} data-testid="staff-review-draft">
          <Text fz="xs">{staffLine(s, t, editor.labelOf)}</Text>
          <Badge size="xs" variant="light" color="orange" style={{ flexShrink: 0 }}>
            {t('gridEdit.reviewAfterSave')}
          </Badge>
        </Group>
      ))}
      {editor.reviews.map((r) => (
        <Group key={r.id} justify="space-between" wrap="nowrap" gap={6} data-testid="staff-review-item">
          <Text fz="xs">{staffLine(r, t, editor.labelOf)}</Text>
          <Button size="compact-xs" variant="subtle" onClick={() => editor.resolveReview(r.id)} style={{ flexShrink: 0 }}>
            {t('gridEdit.reviewDone')}
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
