// The editing tools: new grid (in a chosen community), reshape, split, merge; while a
// tool is drawing, its hint and a way out.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { MapBase } from '../../shared/views';
import { useT } from '../i18n/LocaleProvider';
import { CommunitySelect } from './CommunitySelect';
import type { GridEditor } from './useGridEditor';

export function EditToolbar({ editor, base }: { editor: GridEditor; base: MapBase }) {
  const t = useT();
  const [communityId, setCommunityId] = useState<string | null>(String(base.communities.features[0]?.properties.id ?? ''));
  const one = editor.selected.length >= 1;
  const two = editor.selected.length === 2;
  const drawing = editor.tool !== 'none';
  // A tool starts from the draft's latest outlines: wait for the preview in flight.
  const busy = drawing || editor.checking;
  const hint =
    editor.tool === 'polygon' ? t('gridEdit.hint.polygon') : editor.tool === 'line' ? t('gridEdit.hint.line') : editor.tool === 'reshape' ? t('gridEdit.hint.reshape') : t('gridEdit.hint.select');
  return (
    <Stack gap={8}>
      <Group gap={6} wrap="nowrap" align="flex-end">
        <CommunitySelect base={base} value={communityId} onChange={setCommunityId} disabled={drawing} style={{ flex: 1 }} testId="draw-community" />
        <Button size="xs" disabled={busy || !communityId} onClick={() => communityId && editor.startDraw(Number(communityId))} data-testid="tool-draw">
          {t('gridEdit.tool.draw')}
        </Button>
      </Group>
      <Group gap={6} grow>
        <Button size="xs" variant="light" disabled={busy || !one} onClick={editor.startReshape} data-testid="tool-reshape">
          {t('gridEdit.tool.reshape')}
        </Button>
        <Button size="xs" variant="light" disabled={busy || !one} onClick={editor.startSplit} data-testid="tool-split">
          {t('gridEdit.tool.split')}
        </Button>
        <Button size="xs" variant="light" disabled={busy || !two} onClick={editor.merge} data-testid="tool-merge">
          {t('gridEdit.tool.merge')}
        </Button>
      </Group>
      <Alert variant="light" color={drawing ? 'orange' : 'gray'} p={8} data-testid="edit-hint">
        <Group justify="space-between" wrap="nowrap" gap={8}>
          <span style={{ fontSize: 12, lineHeight: 1.5 }}>{hint}</span>
          {drawing && (
            <Button size="compact-xs" variant="white" color="orange" onClick={editor.stopTool} data-testid="tool-stop">
              {editor.tool === 'reshape' ? t('gridEdit.tool.done') : t('gridEdit.tool.cancel')}
            </Button>
          )}
        </Group>
      </Alert>
    </Stack>
  );
}
