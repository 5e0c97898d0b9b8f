// 作出决定: a topic, the decision, and its follow-up items, each with an owner and a due day:
// a task, an existing case (found by its number), a 督办 flag on a case, or a need or project
// of the 三张清单 lists. The form names what is missing before sending; the core checks
// everything again and its refusals are worded per item (decide/decideRefusal.ts).
import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { DecisionItemInput } from '../../shared/meetings';
import { api } from '../api/api';
import { useT } from '../i18n/LocaleProvider';
import { chinaToday } from '../registers/chinaToday';
import { decideRefusal } from './decide/decideRefusal';
import { ItemFields } from './decide/ItemFields';
import { draftInput, emptyDraft, type ItemDraft } from './decide/itemDraft';

export function DecideModal({ meetingId, onClose }: { meetingId: number; onClose: () => void }) {
  const t = useT();
  const [topic, setTopic] = useState('');
  const [text, setText] = useState('');
  const [drafts, setDrafts] = useState<ItemDraft[]>(() => [emptyDraft('task', chinaToday())]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setError(null);
    const items: DecisionItemInput[] = [];
    for (const [i, d] of drafts.entries()) {
      const r = draftInput(d);
      if ('problem' in r) return setError(t('meetings.refusal.item', { n: i + 1, words: t(`meetings.draft.${r.problem}`) }));
      items.push(r.input);
    }
    setBusy(true);
    try {
      await api.call('meeting.decide', { meetingId, topicTitle: topic, text, items });
      onClose();
    } catch (e) {
      setError(decideRefusal(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('meetings.decide')} centered size="lg" data-testid="meeting-decide-modal">
      <Stack gap="sm">
        <TextInput label={t('meetings.topicTitle')} value={topic} onChange={(e) => setTopic(e.currentTarget.value)} data-testid="decide-topic" />
        <Textarea label={t('meetings.decisionText')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} data-testid="decide-text" />
        {drafts.map((d, i) => (
          <ItemFields
            key={i}
            index={i}
            draft={d}
            onChange={(next) => setDrafts((all) => all.map((x, j) => (j === i ? next : x)))}
            onRemove={() => setDrafts((all) => all.filter((_, j) => j !== i))}
          />
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => setDrafts((all) => [...all, emptyDraft('task', chinaToday())])} disabled={drafts.length >= 12} data-testid="decide-add-item">
            {t('matters.addItem')}
          </Button>
        </Group>
        {error && (
          <Alert color="red" data-testid="decide-error">
            {error}
          </Alert>
        )}
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
