// The grid management pane (administrators): tools, the selected grid, the unsaved
// draft with its live problems and move preview, saving, and the edit history.
import { Alert, Box, Button, Divider, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { GridProblem } from '../../shared/gridEdit';
import type { MapBase } from '../../shared/views';
import { formatDateTime } from '../detail/formatters';
import { useLocale } from '../i18n/LocaleProvider';
import { consoleColors } from '../theme/consoleColors';
import { DraftList } from './DraftList';
import { EditHistory } from './EditHistory';
import { EditToolbar } from './EditToolbar';
import { editErrorMessage } from './editErrorMessage';
import { MovePreview } from './MovePreview';
import { ProblemList } from './ProblemList';
import { SaveDialog } from './SaveDialog';
import { SelectedGrid } from './SelectedGrid';
import { StaffReviews } from './StaffReviews';
import type { GridEditor } from './useGridEditor';

export const GRID_PANE_WIDTH = 400;

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap={6}>
      <Text fz="xs" fw={700} c="dimmed" tt="uppercase">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

export function GridEditorPane({ editor, base, onFocusProblem }: { editor: GridEditor; base: MapBase; onFocusProblem: (p: GridProblem) => void }) {
  const { t, locale } = useLocale();
  const [saving, setSaving] = useState(false);
  const { preview } = editor;
  return (
    <Box data-testid="grid-editor" style={{ gridArea: 'panel', background: consoleColors.panelBg, borderRight: `1px solid ${consoleColors.panelBorder}`, minHeight: 0 }}>
      <ScrollArea h="100%" type="auto">
        <Stack gap="sm" p="md">
          <Title order={5}>{t('gridEdit.title')}</Title>
          <EditToolbar editor={editor} base={base} />
          <Section title={t('gridEdit.selected')}>
            <SelectedGrid editor={editor} base={base} />
          </Section>
          <Divider />
          <Section title={t('gridEdit.draft')}>
            <DraftList editor={editor} labelOf={editor.labelOf} />
          </Section>
          {editor.error !== null && (
            <Alert color="red" p={8} data-testid="edit-error">
              <Text fz="xs">{editErrorMessage(editor.error, t)}</Text>
            </Alert>
          )}
          <Section title={t('gridEdit.problems')}>
            <ProblemList
              editor={editor}
              labelOf={editor.labelOf}
              onFocus={(p) => {
                const index = editor.problems.indexOf(p);
                editor.focusProblem(index);
                onFocusProblem(p);
              }}
            />
          </Section>
          {preview && (
            <Section title={t('gridEdit.moves')}>
              <MovePreview preview={preview} labelOf={editor.labelOf} withStaff={false} />
            </Section>
          )}
          {preview && (
            <Button onClick={() => setSaving(true)} disabled={editor.checking || preview.blocked || editor.tool === 'line' || editor.tool === 'polygon'} color={preview.needsOverride ? 'orange' : 'blue'} data-testid="save-edit">
              {t('gridEdit.save')}
            </Button>
          )}
          <Divider />
          <Section title={t('gridEdit.staff')}>
            <StaffReviews editor={editor} />
          </Section>
          <Section title={t('gridEdit.history')}>
            <EditHistory editor={editor} formatTime={(at) => formatDateTime(at, locale)} />
          </Section>
        </Stack>
      </ScrollArea>
      {preview && <SaveDialog opened={saving} preview={preview} onClose={() => setSaving(false)} onSave={editor.save} labelOf={editor.labelOf} />}
    </Box>
  );
}
