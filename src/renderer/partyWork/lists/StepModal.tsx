// The dialogs of a step that needs more than a click: a claim names its claimant, 驳回/放弃/撤回
// need a reason, 评价 a rating, and a contact or service record its date and what was done.
// The core checks everything again; its refusal shows in the dialog.
import { Alert, Button, Group, Modal, NumberInput, Rating, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { PartyListItemView, PartyParties } from '../../../shared/partyLists';
import { api } from '../../api/api';
import { errorMessage } from '../../api/errorMessage';
import { useT } from '../../i18n/LocaleProvider';
import { chinaToday } from '../../registers/chinaToday';

export type StepDialog = 'claim' | 'reject' | 'release' | 'withdraw' | 'evaluate' | 'record';

interface Props {
  item: PartyListItemView;
  dialog: StepDialog;
  parties: PartyParties | null;
  onClose: () => void;
}

export function StepModal({ item, dialog, parties, onClose }: Props) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [rating, setRating] = useState(5);
  const [claimant, setClaimant] = useState<string | null>(null);
  const [kind, setKind] = useState<'contact' | 'service'>('contact');
  const [side, setSide] = useState<'owner' | 'claimant'>('owner');
  const [onDate, setOnDate] = useState(chinaToday());
  const [hours, setHours] = useState<number | string>('');
  const [served, setServed] = useState<number | string>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const claimUnit = item.kind === 'need';

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      if (dialog === 'claim') {
        await api.call('partyList.claim', { id: item.id, claimant: { kind: claimUnit ? 'unit' : 'community', id: Number(claimant) } });
      } else if (dialog === 'record') {
        await api.call('partyList.record', {
          id: item.id,
          kind,
          side,
          onDate,
          note: reason,
          ...(typeof hours === 'number' ? { hours } : {}),
          ...(typeof served === 'number' ? { peopleServed: served } : {}),
        });
      } else {
        await api.call('partyList.act', { id: item.id, action: dialog, ...(reason.trim() ? { reason: reason.trim() } : {}), ...(dialog === 'evaluate' ? { rating } : {}) });
      }
      onClose();
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  const claimOptions = claimUnit
    ? (parties?.units ?? []).map((u) => ({ value: String(u.id), label: u.name }))
    : (parties?.communities ?? []).filter((c) => !(item.owner.kind === 'community' && item.owner.id === c.id)).map((c) => ({ value: String(c.id), label: c.name }));

  return (
    <Modal opened onClose={onClose} title={`${dialog === 'record' ? t('party.record') : t(`party.step.${dialog}`)} · ${item.title}`} centered data-testid="party-step-modal">
      <Stack gap="sm">
        {dialog === 'claim' && (
          <Select
            label={claimUnit ? t('party.claimant.unit') : t('party.claimant.community')}
            data={claimOptions}
            value={claimant}
            onChange={setClaimant}
            searchable
            data-testid="party-claimant"
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {dialog === 'evaluate' && (
          <Group gap="sm">
            <Text size="sm">{t('party.rating')}</Text>
            <Rating value={rating} onChange={setRating} data-testid="party-rating" />
          </Group>
        )}
        {dialog === 'record' && (
          <>
            <SegmentedControl value={kind} onChange={(v) => setKind(v as 'contact' | 'service')} data={[{ value: 'contact', label: t('party.contact.contact') }, { value: 'service', label: t('party.contact.service') }]} />
            <SegmentedControl value={side} onChange={(v) => setSide(v as 'owner' | 'claimant')} data={[{ value: 'owner', label: t('party.side.owner') }, { value: 'claimant', label: t('party.side.claimant') }]} />
            <TextInput label={t('party.date')} value={onDate} onChange={(e) => setOnDate(e.currentTarget.value)} />
            {kind === 'service' && (
              <Group grow>
                <NumberInput label={t('party.hours')} value={hours} onChange={setHours} min={0} />
                <NumberInput label={t('party.served')} value={served} onChange={setServed} min={0} />
              </Group>
            )}
          </>
        )}
        {dialog !== 'claim' && (
          <Textarea
            label={dialog === 'record' ? t('party.note') : dialog === 'evaluate' ? t('party.comment') : t('party.reason')}
            placeholder={dialog === 'evaluate' ? undefined : t('party.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
            data-testid="party-reason"
          />
        )}
        {error && (
          <Alert color="red" data-testid="party-step-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('party.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={dialog === 'claim' && !claimant} data-testid="party-step-confirm">
            {t('party.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
