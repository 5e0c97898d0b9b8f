// 查看完整信息: asks for a reason, then shows one record in full. The core checks the role,
// the community, the bulk-read limit, and writes the read audit; nothing is kept here
// after the dialog closes.
import { Alert, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { RevealedPerson, RevealKind } from '../../../shared/access';
import { REVEAL_REASON_MIN } from '../../../shared/vocab/access';
import { api } from '../../api/api';
import { useT } from '../../i18n/LocaleProvider';
import { ResidentTags } from '../parts/ResidentTags';
import { accessErrorMessage } from './accessError';

interface Props {
  kind: RevealKind;
  id: number;
  /** What the dialog title names, e.g. the masked name. */
  label: string;
}

export function RevealButton({ kind, id, label }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [person, setPerson] = useState<RevealedPerson | null>(null);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setOpen(false);
    setReason('');
    setPerson(null);
    setError(null);
  };
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      setPerson(await api.call('person.reveal', { kind, id, reason: reason.trim() }));
    } catch (e) {
      setError(accessErrorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  const rows: [string, ReactNode][] = person
    ? [
        [t('access.field.name'), person.name],
        [t('access.field.phone'), person.phone],
        [t('access.field.idNumber'), person.idNumber],
        [t('access.field.address'), person.address],
        [t('access.field.tags'), person.tags.length > 0 ? <ResidentTags tags={person.tags} partyMember={false} /> : null],
      ]
    : [];
  return (
    <>
      <Button size="compact-xs" variant="subtle" onClick={() => setOpen(true)} data-testid="reveal-open">
        {t('access.reveal')}
      </Button>
      <Modal opened={open} onClose={close} title={t('access.reveal.title', { what: `${t(`access.kind.${kind}`)} ${label}` })} data-testid="reveal-dialog">
        {person ? (
          <Table fz="sm" data-testid="reveal-result">
            <Table.Tbody>
              {rows
                .filter(([, v]) => v !== null)
                .map(([k, v]) => (
                  <Table.Tr key={k}>
                    <Table.Td c="dimmed" w={96}>
                      {k}
                    </Table.Td>
                    <Table.Td>{v}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Stack gap="sm">
            <Text fz="xs" c="dimmed">
              {t('access.reveal.notice')}
            </Text>
            <TextInput
              label={t('access.reveal.reason')}
              description={t('access.reveal.reasonHint', { min: REVEAL_REASON_MIN })}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              maxLength={200}
              data-autofocus
              data-testid="reveal-reason"
            />
            {error && (
              <Alert color="red" title={t('access.reveal.failed')} data-testid="reveal-error">
                {error}
              </Alert>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={close}>
                {t('access.reveal.cancel')}
              </Button>
              <Button size="xs" loading={busy} disabled={reason.trim().length < REVEAL_REASON_MIN} onClick={() => void submit()} data-testid="reveal-submit">
                {t('access.reveal.submit')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
