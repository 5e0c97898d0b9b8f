// 召开新会议: its day, title, place, attending units and people. The core checks it again.
import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import { chinaToday } from '../registers/chinaToday';
import { lines } from './words';

export function OpenMeetingModal({ bodyId, onClose }: { bodyId: number; onClose: (id: number | null) => void }) {
  const t = useT();
  const [heldOn, setHeldOn] = useState(chinaToday());
  const [title, setTitle] = useState('');
  const [place, setPlace] = useState('');
  const [units, setUnits] = useState('');
  const [people, setPeople] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      const r = await api.call('meeting.open', {
        bodyId,
        heldOn,
        title,
        place,
        units: lines(units),
        people: lines(people).map((l) => {
          const [name, unit] = l.split(/[,，]/);
          return { name: (name ?? '').trim(), unit: (unit ?? '').trim() };
        }),
      });
      onClose(r.id);
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  return (
    <Modal opened onClose={() => onClose(null)} title={t('meetings.open')} centered data-testid="meeting-open-modal">
      <Stack gap="sm">
        <Group grow>
          <TextInput label={t('meetings.heldOn')} value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} data-testid="meeting-held-on" />
          <TextInput label={t('meetings.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
        </Group>
        <TextInput label={t('meetings.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-testid="meeting-title" />
        <Textarea label={t('meetings.units')} value={units} onChange={(e) => setUnits(e.currentTarget.value)} autosize minRows={2} />
        <Textarea label={t('meetings.people')} value={people} onChange={(e) => setPeople(e.currentTarget.value)} autosize minRows={2} />
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(null)}>
            {t('meetings.cancel')}
          </Button>
          <Button onClick={() => void submit()} data-testid="meeting-open-save">
            {t('meetings.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
