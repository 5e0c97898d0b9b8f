// Saved grid edits, newest first; the latest one not yet undone can be undone.
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../i18n/LocaleProvider';
import type { GridEditor } from './useGridEditor';

export function EditHistory({ editor, formatTime }: { editor: GridEditor; formatTime: (at: number) => string }) {
  const t = useT();
  const [confirming, setConfirming] = useState<number | null>(null);
  if (editor.history.length === 0) {
    return (
      <Text fz="xs" c="dimmed">
        {t('gridEdit.historyNone')}
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="edit-history">
      {editor.history.slice(0, 8).map((h) => (
        <Stack key={h.id} gap={2} data-testid="edit-record" data-edit-id={h.id} style={{ borderBottom: '1px solid #f1f3f5', paddingBottom: 4 }}>
          <Group justify="space-between" wrap="nowrap">
            <Text fz={11} c="dimmed">
              {formatTime(h.at)}
            </Text>
            {h.undoneAt !== null && (
              <Badge size="xs" color="gray">
                {t('gridEdit.undone')}
              </Badge>
            )}
            {h.canUndo && confirming !== h.id && (
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => setConfirming(h.id)} data-testid="undo-edit" disabled={editor.ops.length > 0}>
                {t('gridEdit.undoEdit')}
              </Button>
            )}
          </Group>
          <Text fz="xs">
            {t('gridEdit.historyItem', {
              user: h.userName,
              created: h.summary.created.join('、') || '—',
              removed: h.summary.removed.join('、') || '—',
              changed: h.summary.changed.join('、') || '—',
              households: h.summary.householdsMoved,
            })}
          </Text>
          {h.overrideReason && (
            <Text fz={11} c="orange.8">
              {t('gridEdit.override', { reason: h.overrideReason })}
            </Text>
          )}
          {confirming === h.id && (
            <Stack gap={4}>
              <Text fz={11}>{t('gridEdit.undoConfirm')}</Text>
              <Group gap={6}>
                <Button size="compact-xs" color="red" data-testid="confirm-undo" onClick={() => void editor.undoEdit(h.id).then(() => setConfirming(null))}>
                  {t('gridEdit.undoEdit')}
                </Button>
                <Button size="compact-xs" variant="default" onClick={() => setConfirming(null)}>
                  {t('gridEdit.tool.cancel')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
