// The unsaved operations, oldest first, with "undo step" and "discard all".
import { Button, Group, List, Text } from '@mantine/core';
import { useT } from '../i18n/LocaleProvider';
import { opLabel } from './opLabel';
import type { GridEditor } from './useGridEditor';

export function DraftList({ editor, codeOf }: { editor: GridEditor; codeOf: (id: number) => string }) {
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
          <List.Item key={i}>{opLabel(op, codeOf, t)}</List.Item>
        ))}
      </List>
      <Group gap={6}>
        <Button size="compact-xs" variant="default" onClick={editor.undoStep} data-testid="draft-undo-step">
          {t('gridEdit.undoStep')}
        </Button>
        <Button size="compact-xs" variant="subtle" color="red" onClick={editor.discard} data-testid="draft-discard">
          {t('gridEdit.discard')}
        </Button>
      </Group>
    </>
  );
}
