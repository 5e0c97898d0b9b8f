// With cases ticked: send them all to one handler (case.bulkAssign) and say which failed.
import { Alert, Button, CloseButton, Group, List, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Assignee, BulkAssignResult } from '../../../shared/cases';
import { TEXT_LIMITS } from '../../../shared/vocab/inputRules';
import { api } from '../../api/api';
import { errorMessage } from '../../api/errorMessage';
import { useT } from '../../i18n/LocaleProvider';
import { AssigneeSelect } from '../actions/AssigneeSelect';
import { useAssignees } from '../actions/useAssignees';

interface Props {
  caseIds: number[];
  onDone: (result: BulkAssignResult) => void;
  onClear: () => void;
}

export function BulkAssignBar({ caseIds, onDone, onClear }: Props) {
  const t = useT();
  const { options } = useAssignees(null);
  const [assignee, setAssignee] = useState<Assignee | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [failed, setFailed] = useState<BulkAssignResult['failed']>([]);

  const submit = async () => {
    if (!assignee) {
      setError(t('fieldError.assignee'));
      return;
    }
    // A reason is required, as for a single reassign (the core refuses without one too).
    if (note.trim().length < 2) {
      setError(t('fieldError.bulkNote'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('case.bulkAssign', { caseIds, assignee, note: note.trim() });
      setFailed(result.failed);
      onDone(result);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="bulk-assign" style={{ padding: '6px 12px', background: 'var(--mantine-color-command-0)', borderTop: '1px solid var(--mantine-color-command-2)' }}>
      <Group gap={8} wrap="nowrap">
        <Text fz="sm" fw={600} style={{ flex: 'none' }} data-testid="bulk-count">
          {t('bulk.selected', { count: caseIds.length })}
        </Text>
        <AssigneeSelect options={options} value={assignee} onChange={setAssignee} placeholder={t('bulk.assignee')} w={230} testId="bulk-assignee" error={error ?? undefined} />
        <TextInput
          size="xs"
          w={220}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          placeholder={t('bulk.note')}
          aria-label={t('bulk.note')}
          withAsterisk
          maxLength={TEXT_LIMITS.note}
          rightSection={<Text fz={10} c="dimmed" className="tabular">{`${note.length}/${TEXT_LIMITS.note}`}</Text>}
          rightSectionWidth={56}
          data-testid="bulk-note"
        />
        <Button size="xs" onClick={() => void submit()} loading={busy} data-testid="bulk-submit">
          {t('bulk.submit')}
        </Button>
        <Button size="xs" variant="subtle" color="gray" onClick={onClear}>
          {t('bulk.clear')}
        </Button>
      </Group>
      {failed.length > 0 && (
        <Alert color="orange" mt={6} p={6} title={t('bulk.failed', { count: failed.length })} withCloseButton={false} data-testid="bulk-failed">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <List size="xs" spacing={0}>
              {failed.slice(0, 6).map((f) => (
                <List.Item key={f.caseId}>
                  {f.code}：{f.message}
                </List.Item>
              ))}
            </List>
            <CloseButton size="xs" onClick={() => setFailed([])} aria-label={t('common.close')} />
          </Group>
        </Alert>
      )}
    </div>
  );
}
