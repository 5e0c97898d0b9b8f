// The Party organisation drawer's editing, for administrators (the organisation tree is
// theirs alone: core/access/registerWrites.ts): 重命名 and 调整上级组织. The parent list is
// every other live organisation; which kind may sit under which, the four levels and cycles
// are the core's rules (partyOrgs.ts), and its refusal is shown under the field as worded.
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { PartyOrgDetail } from '../../shared/views';
import { api } from '../api/api';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { useSession } from '../session/SessionProvider';
import { formRefusal, type FormRefusal } from './FieldError';
import { isPartyOrgPoint } from './usePartyOrgNames';
import { useRegisterChanged } from './useRegisterChanged';

type Open = 'rename' | 'move' | null;

/** Only administrators get these actions; the core refuses every other role anyway. */
export function usePartyOrgEditable(): boolean {
  const { state } = useSession();
  return state.phase === 'unlocked' && state.user.role === 'admin';
}

export function PartyOrgActions({ org }: { org: PartyOrgDetail }) {
  const t = useT();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <Group gap={8} data-testid="party-org-actions">
      <Button size="compact-xs" variant="light" onClick={() => setOpen('rename')} data-testid="party-org-rename">
        {t('registers.org.rename')}
      </Button>
      {org.parent && (
        <Button size="compact-xs" variant="light" onClick={() => setOpen('move')} data-testid="party-org-move">
          {t('registers.org.move')}
        </Button>
      )}
      <Modal opened={open === 'rename'} onClose={close} title={t('registers.org.renameTitle', { name: org.name })} size={440} centered data-testid="party-org-rename-form">
        {open === 'rename' && <RenameForm org={org} onDone={close} />}
      </Modal>
      <Modal opened={open === 'move'} onClose={close} title={t('registers.org.moveTitle', { name: org.name })} size={480} centered data-testid="party-org-move-form">
        {open === 'move' && <MoveForm org={org} onDone={close} />}
      </Modal>
    </Group>
  );
}

const NO_REFUSAL = { byField: {}, general: null };


function RenameForm({ org, onDone }: { org: PartyOrgDetail; onDone: () => void }) {
  const t = useT();
  const [name, setName] = useState(org.name);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<FormRefusal<'name'>>(NO_REFUSAL);
  const save = async () => {
    setBusy(true);
    try {
      await api.call('partyOrg.update', { id: org.id, name: name.trim() });
      onDone();
    } catch (e) {
      setRefusal(formRefusal(e, ['name'] as const, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={10}>
      <TextInput size="xs" label={t('registers.org.name')} value={name} error={refusal.byField.name} onChange={(e) => setName(e.currentTarget.value)} data-testid="party-org-name" />
      <FormFoot refusal={refusal.general} busy={busy} onCancel={onDone} onSave={() => void save()} disabled={name.trim() === org.name} />
    </Stack>
  );
}

function MoveForm({ org, onDone }: { org: PartyOrgDetail; onDone: () => void }) {
  const t = useT();
  const orgs = useApiQuery('map.overlay', { kind: 'partyOrgs' }, useRegisterChanged());
  const [parentId, setParentId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<FormRefusal<'parentId'>>(NO_REFUSAL);
  const options =
    orgs.status === 'ok'
      ? orgs.data.features.features
          .map((f) => f.properties)
          .filter(isPartyOrgPoint)
          .filter((p) => p.id !== org.id && p.id !== org.parent?.id)
          .sort((a, b) => a.level - b.level || a.name.localeCompare(b.name, 'zh-CN'))
          .map((p) => ({ value: String(p.id), label: `${p.name} · ${t(`partyOrgKind.${p.kind}`)}` }))
      : [];
  const save = async () => {
    if (parentId === null) return;
    setBusy(true);
    try {
      await api.call('partyOrg.move', { id: org.id, parentId: Number(parentId) });
      onDone();
    } catch (e) {
      setRefusal(formRefusal(e, ['parentId'] as const, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={10}>
      <TextInput size="xs" label={t('registers.org.currentParent')} value={org.parent?.name ?? '—'} readOnly />
      <Select
        size="xs"
        label={t('registers.org.newParent')}
        placeholder={orgs.status === 'loading' ? t('registers.org.loading') : t('registers.org.pickParent')}
        data={options}
        value={parentId}
        onChange={(v) => {
          setParentId(v);
          setRefusal(NO_REFUSAL);
        }}
        searchable
        error={refusal.byField.parentId}
        comboboxProps={{ withinPortal: true }}
        data-testid="party-org-parent"
      />
      <FormFoot refusal={refusal.general} busy={busy} onCancel={onDone} onSave={() => void save()} disabled={parentId === null} hint={t('registers.org.moveHint')} />
    </Stack>
  );
}

function FormFoot({ refusal, busy, onCancel, onSave, disabled, hint }: { refusal: string | null; busy: boolean; onCancel: () => void; onSave: () => void; disabled: boolean; hint?: string }) {
  const t = useT();
  return (
    <>
      {hint && (
        <Alert color="gray" variant="light" py={6}>
          {hint}
        </Alert>
      )}
      {refusal && (
        <Alert color="red" title={t('registers.saveFailed')} data-testid="party-org-refusal">
          {refusal}
        </Alert>
      )}
      <Group justify="flex-end" gap={8}>
        <Button size="xs" variant="default" onClick={onCancel}>
          {t('registers.cancel')}
        </Button>
        <Button size="xs" onClick={onSave} loading={busy} disabled={disabled} data-testid="party-org-save">
          {t('registers.save')}
        </Button>
      </Group>
    </>
  );
}
