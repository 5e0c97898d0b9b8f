// The unsaved operations, oldest first, with "undo step" and "discard all".
import { Button, Group, List, Text } from '@mantine/core';
import { useT } from '../i18n/LocaleProvider';
import { opLabel } from './opLabel';
import type { GridEditor } from './useGridEditor';

export function DraftList({ editor, labelOf }: { editor: GridEditor; labelOf: (id: number) => string }) {
  const t = useT();
  if (editor.ops.length === 0) {
    return (
      <Text fz="xs" c="dimmed" data-testid="draft-empty">
        {t('gridEdit.draftEmpty')}
      </Text>
    );
  }
  return (
    <>
      <List size="xs" spacing={2} data-testid="draft-ops">
        {editor.ops.map((op, i) => (
          <List.Item key={i}>{opLabel(op, labelOf, t)}</List.Item>
        ))}
      </List>
      <Group gap={6}>
        {/* Not while a tool is drawing: terra-draw would send its outline back with the next drag. */}
        <Button size="compact-xs" variant="default" onClick={editor.undoStep} disabled={editor.tool !== 'none'} data-testid="draft-undo-step">
          {t('gridEdit.undoStep')}
        </Button>
        <Button size="compact-xs" variant="subtle" color="red" onClick={editor.discard} disabled={editor.tool !== 'none' && editor.tool !== 'reshape'} data-testid="draft-discard">
          {t('gridEdit.discard')}
        </Button>
      </Group>
    </>
  );
}
