// Recording a 三会一课 meeting for one organisation: the kind (only those it holds), the day,
// topic and attendance. The core refuses a future day or a kind the organisation does not hold.
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { MeetingKind, OrgAssessment } from '../../shared/partyAssessment';
import { chinaIsoDate } from '../../shared/periods';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import { officeNow } from '../session/officeClock';

export function RecordMeetingModal({ orgId, orgName, kinds, kind: initialKind, heldOn, onClose, onRecorded }: { orgId: number; orgName: string; kinds: readonly MeetingKind[]; kind: MeetingKind; heldOn?: string; onClose: () => void; onRecorded: (a: OrgAssessment) => void }) {
  const t = useT();
  const [kind, setKind] = useState<MeetingKind>(initialKind);
  const [day, setDay] = useState(heldOn ?? chinaIsoDate(officeNow()));
  const [topic, setTopic] = useState('');
  const [attendees, setAttendees] = useState<number>(8);
  const [absentees, setAbsentees] = useState<number>(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onRecorded(await api.call('partyAssessment.recordMeeting', { orgId, kind, heldOn: day, topic: topic.trim(), attendees, absentees }));
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`${t('assessment.meeting.record')} · ${orgName}`} size="md" data-testid="meeting-modal">
      <Stack gap="xs">
        <Select label={t('assessment.meeting.kind')} data={kinds.map((k) => ({ value: k, label: t(`assessment.kind.${k}`) }))} value={kind} onChange={(v) => v && setKind(v as MeetingKind)} data-testid="meeting-kind" />
        <TextInput label={t('assessment.meeting.heldOn')} type="date" value={day} onChange={(e) => setDay(e.currentTarget.value)} data-testid="meeting-date" />
        <TextInput label={t('assessment.meeting.topic')} value={topic} onChange={(e) => setTopic(e.currentTarget.value)} data-testid="meeting-topic" />
        <Group grow>
          <NumberInput label={t('assessment.meeting.attendees')} min={1} value={attendees} onChange={(v) => setAttendees(typeof v === 'number' ? v : 0)} data-testid="meeting-attendees" />
          <NumberInput label={t('assessment.meeting.absentees')} min={0} value={absentees} onChange={(v) => setAbsentees(typeof v === 'number' ? v : 0)} />
        </Group>
        {error && (
          <Alert color="red" data-testid="meeting-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('assessment.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void submit()} data-testid="meeting-submit">
            {t('assessment.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
