// 发布: a need of a community (or one of its grids' — the owner is then the community here) or
// a resource of a unit or a community, at a building found by name or address. The core checks
// the owner's kind, the place's community and the period; its refusal shows here.
import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { PartyParties } from '../../../shared/partyLists';
import { PARTY_LIST_CATEGORIES, type PartyListCategory } from '../../../shared/vocab/partyLists';
import { api } from '../../api/api';
import { errorMessage } from '../../api/errorMessage';
import { useT } from '../../i18n/LocaleProvider';
import { chinaToday } from '../../registers/chinaToday';
import type { FieldOption } from '../../registers/RegisterFormModal';
import { searchBuildings } from '../../registers/registerLookups';

interface Props {
  kind: 'need' | 'resource';
  parties: PartyParties | null;
  onDone: (id: number) => void;
  onClose: () => void;
}

export function PublishModal({ kind, parties, onDone, onClose }: Props) {
  const t = useT();
  const today = chinaToday();
  const [category, setCategory] = useState<PartyListCategory | null>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState<string | null>(null);
  const [building, setBuilding] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<FieldOption[]>([]);
  const [startsOn, setStartsOn] = useState(today);
  // A quarter by default: most needs and offers run for a season.
  const [endsOn, setEndsOn] = useState(() => new Date(Date.parse(`${today}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void searchBuildings(query).then((o) => live && setOptions((prev) => (building ? [...prev.filter((p) => p.value === building), ...o.filter((x) => x.value !== building)] : o)));
    return () => {
      live = false;
    };
  }, [query]);

  const owners = [
    ...(parties?.communities ?? []).map((c) => ({ value: `community:${c.id}`, label: `${t('party.ownerKind.community')} · ${c.name}` })),
    ...(kind === 'resource' ? (parties?.units ?? []).map((u) => ({ value: `unit:${u.id}`, label: `${t('party.ownerKind.unit')} · ${u.name}` })) : []),
  ];

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const [ownerKind, ownerId] = (owner ?? ':').split(':');
      const done = await api.call('partyList.publish', {
        kind,
        category: category ?? 'elderly_child',
        title,
        description,
        owner: { kind: ownerKind as 'community' | 'unit', id: Number(ownerId) },
        place: { buildingId: Number(building) },
        startsOn,
        endsOn,
      });
      onDone(done.id);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`${t('party.step.publish')} · ${t(`party.kind.${kind}`)}`} centered size="lg" data-testid="party-publish-modal">
      <Stack gap="sm">
        <Group grow>
          <Select label={t('party.col.category')} data={PARTY_LIST_CATEGORIES.map((c) => ({ value: c, label: t(`party.category.${c}`) }))} value={category} onChange={(v) => setCategory(v as PartyListCategory | null)} data-testid="party-publish-category" />
          <Select label={t('party.col.owner')} data={owners} value={owner} onChange={setOwner} searchable data-testid="party-publish-owner" />
        </Group>
        <TextInput label={t('party.col.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-testid="party-publish-title" />
        <Textarea label={t('party.drawer.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} data-testid="party-publish-description" />
        <Select
          label={t('party.col.place')}
          placeholder={t('registerEdit.searchBuilding')}
          data={options}
          value={building}
          onChange={setBuilding}
          searchable
          searchValue={query}
          onSearchChange={setQuery}
          filter={({ options: o }) => o}
          data-testid="party-publish-building"
        />
        <Group grow>
          <TextInput label={t('party.periodStart')} value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} />
          <TextInput label={t('party.periodEnd')} value={endsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} />
        </Group>
        {error && (
          <Alert color="red" data-testid="party-publish-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('party.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={!category || !owner || !building} data-testid="party-publish-confirm">
            {t('party.step.publish')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
