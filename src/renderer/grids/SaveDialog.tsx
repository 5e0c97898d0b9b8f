// Confirming a save: the move preview once more, and, when the draft still leaves
// overlaps or gaps, the reason for saving anyway (written to the audit log).
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { GridEditPreview } from '../../shared/gridEdit';
import { BLOCKING_PROBLEMS, OVERRIDABLE_PROBLEMS } from '../../shared/vocab/gridEdit';
import { useT } from '../i18n/LocaleProvider';
import { MovePreview } from './MovePreview';

interface Props {
  opened: boolean;
  preview: GridEditPreview;
  onClose: () => void;
  onSave: (overrideReason: string | null) => Promise<boolean>;
  labelOf: (id: number) => string;
}

export function SaveDialog({ opened, preview, onClose, onSave, labelOf }: Props) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const reasonOk = !preview.needsOverride || reason.trim().length >= 4;
  // Slivers, cut buildings and household counts do not stop a save, but the saver should know.
  const warnings = preview.problems.filter((p) => !OVERRIDABLE_PROBLEMS.includes(p.kind) && !BLOCKING_PROBLEMS.includes(p.kind)).length;
  return (
    <Modal opened={opened} onClose={onClose} title={t('gridEdit.saveTitle')} size="lg" data-testid="save-dialog">
      <Stack gap="sm">
        <Text fz="sm">{t('gridEdit.saveIntro')}</Text>
        <MovePreview preview={preview} labelOf={labelOf} withStaff />
        {warnings > 0 && (
          <Alert color="yellow" p={8} data-testid="save-warnings">
            {t('gridEdit.saveWarnings', { count: warnings })}
          </Alert>
        )}
        {preview.blocked && <Alert color="red">{t('gridEdit.blocked')}</Alert>}
        {preview.needsOverride && !preview.blocked && (
          <>
            <Alert color="orange">{t('gridEdit.overrideNeeded')}</Alert>
            <Textarea label={t('gridEdit.overrideReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} data-testid="override-reason" />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('gridEdit.tool.cancel')}
          </Button>
          <Button
            color={preview.needsOverride ? 'orange' : 'blue'}
            disabled={preview.blocked || !reasonOk}
            loading={saving}
            data-testid="confirm-save"
            onClick={() => {
              setSaving(true);
              void onSave(preview.needsOverride ? reason.trim() : null).then((ok) => {
                setSaving(false);
                if (ok) {
                  setReason('');
                  onClose();
                }
              });
            }}
          >
            {t('gridEdit.confirmSave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
