// 作出决定: a topic, the decision, and its first follow-up task with an owner and a due day.
// Case and 督办 items come from the briefing deck and the API; the core checks everything again.
import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import { chinaToday } from '../registers/chinaToday';

export function DecideModal({ meetingId, onClose }: { meetingId: number; onClose: () => void }) {
  const t = useT();
  const [topic, setTopic] = useState('');
  const [text, setText] = useState('');
  const [task, setTask] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState(chinaToday());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setError(null);
    setBusy(true);
    try {
      await api.call('meeting.decide', { meetingId, topicTitle: topic, text, items: task.trim() ? [{ kind: 'task', title: task, owner, dueOn }] : [] });
      onClose();
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('meetings.decide')} centered data-testid="meeting-decide-modal">
      <Stack gap="sm">
        <TextInput label={t('meetings.topicTitle')} value={topic} onChange={(e) => setTopic(e.currentTarget.value)} data-testid="decide-topic" />
        <Textarea label={t('meetings.decisionText')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} data-testid="decide-text" />
        <TextInput label={t('meetings.taskTitle')} value={task} onChange={(e) => setTask(e.currentTarget.value)} data-testid="decide-task" />
        <Group grow>
          <TextInput label={t('meetings.owner')} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} data-testid="decide-owner" />
          <TextInput label={t('meetings.dueOn')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} data-testid="decide-due" />
        </Group>
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('meetings.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void submit()} data-testid="decide-save">
            {t('meetings.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
