// The small form a deck key opens: what the meeting decides on this case, hot spot or grid,
// who carries it out and by when; on a case, 督办 too. Recorded into today's 研判会.
import { Alert, Button, Checkbox, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { BriefingTarget } from '../../../shared/meetings';
import { api } from '../../api/api';
import { errorMessage } from '../../api/errorMessage';
import { useT } from '../../i18n/LocaleProvider';
import { chinaToday } from '../../registers/chinaToday';
import { officeNow } from '../../session/officeClock';

const WEEK = 7 * 86_400_000;

export function BriefingDecisionForm({ target, label, onClose }: { target: BriefingTarget; label: string; onClose: () => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState(() => chinaToday(officeNow() + WEEK));
  const [supervise, setSupervise] = useState(target.kind === 'overdue_case');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.call('meeting.briefingDecide', { target, text, owner, dueOn, ...(target.kind === 'overdue_case' ? { supervise } : {}) });
      onClose();
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('briefing.decide.title', { target: label })} centered size="lg" data-testid="briefing-decide-form">
      <Stack gap="sm">
        <Textarea label={t('meetings.decisionText')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} data-autofocus data-testid="briefing-decide-text" />
        <Group grow>
          <TextInput label={t('meetings.owner')} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} data-testid="briefing-decide-owner" />
          <TextInput label={t('meetings.dueOn')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} data-testid="briefing-decide-due" />
        </Group>
        {target.kind === 'overdue_case' && (
          <Checkbox label={t('briefing.decide.supervise')} checked={supervise} onChange={(e) => setSupervise(e.currentTarget.checked)} data-testid="briefing-decide-supervise" />
        )}
        {error && (
          <Alert color="red" data-testid="briefing-decide-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('meetings.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void submit()} data-testid="briefing-decide-save">
            {t('briefing.decide.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
