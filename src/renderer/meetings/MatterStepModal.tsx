// The dialogs of a matter's steps: 居民提事 (what, who raised it, where), 网格议事 (minutes,
// options, who spoke for what), 会议定事 (an open meeting, the option chosen), a follow-up item
// of its decision, 联动办事, 群众评事 (households asked and how satisfied), 撤销 (why). The
// core checks each again; its refusal shows here.
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { MatterAction, MatterView } from '../../shared/deliberation';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { chinaToday } from '../registers/chinaToday';
import { lines } from './words';

interface Props {
  step: MatterAction | 'addItem';
  matter: MatterView | null;
  decisionId?: number | null;
  /** Where a matter raised from a drawer is. */
  place?: { buildingId: number } | { gridId: number };
  onClose: (id?: number) => void;
}

const num = (v: number | string) => (typeof v === 'number' ? v : Number(v) || 0);

export function MatterStepModal({ step, matter, decisionId = null, place, onClose }: Props) {
  const t = useT();
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [c, setC] = useState('');
  const [day, setDay] = useState(chinaToday());
  const [grid, setGrid] = useState<string | null>(null);
  const [meeting, setMeeting] = useState<string | null>(null);
  const [option, setOption] = useState<string | null>('0');
  const [n1, setN1] = useState<number | string>(step === 'discuss' ? 20 : 30);
  const [n2, setN2] = useState<number | string>(20);
  const [n3, setN3] = useState<number | string>(5);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = useApiQuery('map.base', step === 'raise' && !place ? {} : null);
  const meetings = useApiQuery('meeting.list', step === 'decide' ? { limit: 200 } : null);
  const detail = useApiQuery('matter.detail', step === 'decide' && matter ? { id: matter.id } : null);
  const options = detail.status === 'ok' ? (detail.data.discussions.at(-1)?.options ?? []) : [];

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      let id = matter?.id;
      if (step === 'raise') {
        const where = place ?? { gridId: Number(grid) };
        id = (await api.call('matter.raise', { title: a, description: b, raisedBy: c, raisedOn: day, place: where })).id;
      } else if (step === 'discuss') {
        const opts = lines(b);
        const speakers = lines(c).map((l) => {
          const [who, n, ...words] = l.split(/[,，]/);
          return { who: (who ?? '').trim(), option: Math.max(0, Number(n) - 1 || 0), words: words.join('，').trim() };
        });
        await api.call('matter.discuss', { id: matter!.id, heldOn: day, minutes: a, options: opts, speakers, attendance: num(n1) });
      } else if (step === 'decide') {
        await api.call('matter.decide', { id: matter!.id, meetingId: Number(meeting), option: Number(option), text: a });
      } else if (step === 'addItem') {
        await api.call('meeting.addItem', { decisionId: decisionId!, item: { kind: 'task', title: a, owner: b, dueOn: day } });
      } else if (step === 'act') {
        await api.call('matter.act', { id: matter!.id });
      } else if (step === 'evaluate') {
        await api.call('matter.evaluate', { id: matter!.id, asked: num(n1), satisfied: num(n2), basicallySatisfied: num(n3), ...(a.trim() ? { note: a } : {}) });
      } else if (step === 'drop') {
        await api.call('matter.drop', { id: matter!.id, reason: a });
      }
      onClose(id);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  const title = step === 'addItem' ? t('matters.addItem') : t(`matters.action.${step}`);
  return (
    <Modal opened onClose={() => onClose()} title={matter ? `${title} · ${matter.title}` : title} centered size="lg" data-testid="matter-step-modal">
      <Stack gap="sm">
        {step === 'raise' && (
          <>
            <TextInput label={t('matters.title')} value={a} onChange={(e) => setA(e.currentTarget.value)} data-testid="matter-title" />
            <Textarea label={t('matters.description')} value={b} onChange={(e) => setB(e.currentTarget.value)} autosize minRows={2} data-testid="matter-description" />
            <Group grow>
              <TextInput label={t('matters.raisedBy')} value={c} onChange={(e) => setC(e.currentTarget.value)} data-testid="matter-raised-by" />
              <TextInput label={t('matters.raisedOn')} value={day} onChange={(e) => setDay(e.currentTarget.value)} />
            </Group>
            {!place && (
              <Select
                label={t('detail.grid')}
                searchable
                data={base.status === 'ok' ? base.data.gridLabels.features.map((f) => ({ value: String(f.properties.id), label: `${f.properties.communityName} · ${f.properties.name}` })) : []}
                value={grid}
                onChange={setGrid}
                data-testid="matter-grid"
                comboboxProps={{ withinPortal: true }}
              />
            )}
          </>
        )}
        {step === 'discuss' && (
          <>
            <Group grow>
              <TextInput label={t('meetings.heldOn')} value={day} onChange={(e) => setDay(e.currentTarget.value)} />
              <NumberInput label={t('matters.attendance')} value={n1} onChange={setN1} min={1} data-testid="matter-attendance" />
            </Group>
            <Textarea label={t('matters.minutes')} value={a} onChange={(e) => setA(e.currentTarget.value)} autosize minRows={2} data-testid="matter-minutes" />
            <Textarea label={t('matters.options')} value={b} onChange={(e) => setB(e.currentTarget.value)} autosize minRows={2} data-testid="matter-options" />
            <Textarea label={t('matters.speakers')} value={c} onChange={(e) => setC(e.currentTarget.value)} autosize minRows={2} data-testid="matter-speakers" />
          </>
        )}
        {step === 'decide' && (
          <>
            <Select
              label={t('matters.meeting')}
              data={meetings.status === 'ok' ? meetings.data.filter((m) => m.status === 'open').map((m) => ({ value: String(m.id), label: `${m.heldOn} ${m.title}` })) : []}
              value={meeting}
              onChange={setMeeting}
              data-testid="matter-meeting"
              comboboxProps={{ withinPortal: true }}
            />
            <Select label={t('matters.option')} data={options.map((o, i) => ({ value: String(i), label: o.label }))} value={option} onChange={setOption} data-testid="matter-option" comboboxProps={{ withinPortal: true }} />
            <Textarea label={t('meetings.decisionText')} value={a} onChange={(e) => setA(e.currentTarget.value)} autosize minRows={2} data-testid="matter-decision-text" />
          </>
        )}
        {step === 'addItem' && (
          <>
            <TextInput label={t('meetings.taskTitle')} value={a} onChange={(e) => setA(e.currentTarget.value)} data-testid="item-title" />
            <Group grow>
              <TextInput label={t('meetings.owner')} value={b} onChange={(e) => setB(e.currentTarget.value)} data-testid="item-owner" />
              <TextInput label={t('meetings.dueOn')} value={day} onChange={(e) => setDay(e.currentTarget.value)} data-testid="item-due" />
            </Group>
          </>
        )}
        {step === 'evaluate' && (
          <>
            <Group grow>
              <NumberInput label={t('matters.asked')} value={n1} onChange={setN1} min={1} data-testid="matter-asked" />
              <NumberInput label={t('matters.satisfied')} value={n2} onChange={setN2} min={0} data-testid="matter-satisfied" />
              <NumberInput label={t('matters.basically')} value={n3} onChange={setN3} min={0} data-testid="matter-basically" />
            </Group>
            <Textarea label={t('meetings.notes')} value={a} onChange={(e) => setA(e.currentTarget.value)} autosize minRows={2} />
          </>
        )}
        {step === 'drop' && <Textarea label={t('meetings.reason')} value={a} onChange={(e) => setA(e.currentTarget.value)} autosize minRows={2} data-testid="matter-reason" />}
        {error && (
          <Alert color="red" data-testid="matter-step-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose()}>
            {t('meetings.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void submit()} data-testid="matter-step-confirm">
            {title}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
