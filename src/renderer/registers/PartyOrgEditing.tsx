// The Party organisation drawer's editing, for administrators (the organisation tree is
// theirs alone: core/access/registerWrites.ts): 重命名, 调整上级组织, 撤销 (its members and
// coverage go to the organisation named; the drawer then opens that one) and 覆盖范围 (the
// grids, buildings and tenants it covers). Which kind may sit under which, the four levels,
// cycles and what may be dissolved are the core's rules (partyOrgs.ts); its refusal is shown
// under the field as worded.
import { Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { type CoverageKind, type CoverageTarget } from '../../shared/orgRegisters';
import type { PartyOrgDetail } from '../../shared/views';
import { api } from '../api/api';
import { useApiQuery } from '../api/useApiQuery';
import { useDetailNav } from '../detail/DetailNav';
import { useT } from '../i18n/LocaleProvider';
import { useSession } from '../session/SessionProvider';
import { chinaToday } from './chinaToday';
import type { ValueWords } from './RecordHistory';
import { listOf, RegisterFormModal, textOf, type FieldOption, type FormValues } from './RegisterFormModal';
import { searchBuildings } from './registerLookups';
import { isPartyOrgPoint } from './usePartyOrgNames';
import { useRegisterChanged } from './useRegisterChanged';

type Open = 'rename' | 'move' | 'dissolve' | 'coverage' | null;

/** Only administrators get these actions; the core refuses every other role anyway. */
export function usePartyOrgEditable(): boolean {
  const { state } = useSession();
  return state.phase === 'unlocked' && state.user.role === 'admin';
}

/** Every live organisation but `except`, lowest level first, as choices. */
function useOrgOptions(except: readonly number[]): { options: FieldOption[]; loading: boolean } {
  const t = useT();
  const orgs = useApiQuery('map.overlay', { kind: 'partyOrgs' }, useRegisterChanged());
  if (orgs.status !== 'ok') return { options: [], loading: orgs.status === 'loading' };
  const options = orgs.data.features.features
    .map((f) => f.properties)
    .filter(isPartyOrgPoint)
    .filter((p) => !except.includes(p.id))
    .sort((a, b) => a.level - b.level || a.name.localeCompare(b.name, 'zh-CN'))
    .map((p) => ({ value: String(p.id), label: `${p.name} · ${t(`partyOrgKind.${p.kind}`)}` }));
  return { options, loading: false };
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
      <Button size="compact-xs" variant="light" onClick={() => setOpen('coverage')} data-testid="party-org-coverage">
        {t('registerEdit.org.coverage')}
      </Button>
      {org.parent && (
        <Button size="compact-xs" variant="light" color="red" onClick={() => setOpen('dissolve')} data-testid="party-org-dissolve">
          {t('registerEdit.org.dissolve')}
        </Button>
      )}
      <RegisterFormModal
        opened={open === 'rename'}
        onClose={close}
        title={t('registers.org.renameTitle', { name: org.name })}
        testId="party-org-rename-form"
        size={440}
        fields={[{ name: 'name', kind: 'text', label: t('registers.org.name'), testId: 'party-org-name' }]}
        initial={{ name: org.name }}
        ready={(v) => textOf(v, 'name') !== org.name}
        submit={(v) => api.call('partyOrg.update', { id: org.id, name: textOf(v, 'name') })}
        saveTestId="party-org-save"
        refusalTestId="party-org-refusal"
      />
      <MoveForm org={org} opened={open === 'move'} onClose={close} />
      <DissolveForm org={org} opened={open === 'dissolve'} onClose={close} />
      <CoverageForm org={org} opened={open === 'coverage'} onClose={close} />
    </Group>
  );
}

interface FormProps {
  org: PartyOrgDetail;
  opened: boolean;
  onClose: () => void;
}

function MoveForm({ org, opened, onClose }: FormProps) {
  const t = useT();
  const { options, loading } = useOrgOptions([org.id, ...(org.parent ? [org.parent.id] : [])]);
  return (
    <RegisterFormModal
      opened={opened}
      onClose={onClose}
      title={t('registers.org.moveTitle', { name: org.name })}
      testId="party-org-move-form"
      fields={[
        { name: 'current', kind: 'readonly', label: t('registers.org.currentParent') },
        { name: 'parentId', kind: 'select', label: t('registers.org.newParent'), placeholder: loading ? t('registers.org.loading') : t('registers.org.pickParent'), options, searchable: true, testId: 'party-org-parent' },
      ]}
      initial={{ current: org.parent?.name ?? '—', parentId: null }}
      ready={(v) => textOf(v, 'parentId') !== ''}
      submit={(v) => api.call('partyOrg.move', { id: org.id, parentId: Number(textOf(v, 'parentId')) })}
      note={t('registers.org.moveHint')}
      saveTestId="party-org-save"
      refusalTestId="party-org-refusal"
    />
  );
}

function DissolveForm({ org, opened, onClose }: FormProps) {
  const t = useT();
  const { open } = useDetailNav();
  const { options, loading } = useOrgOptions([org.id]);
  const submit = async (v: FormValues) => {
    const into = Number(textOf(v, 'intoOrgId'));
    await api.call('partyOrg.dissolve', { id: org.id, intoOrgId: into, onDate: textOf(v, 'onDate'), ...(textOf(v, 'note') ? { note: textOf(v, 'note') } : {}) });
    // The dissolved organisation is history now: show the one that took its members.
    open({ kind: 'partyOrg', id: into });
  };
  return (
    <RegisterFormModal
      opened={opened}
      onClose={onClose}
      title={t('registerEdit.org.dissolveTitle', { name: org.name })}
      testId="party-org-dissolve-form"
      fields={[
        { name: 'intoOrgId', kind: 'select', label: t('registerEdit.org.into'), placeholder: loading ? t('registers.org.loading') : t('registerEdit.org.pickInto'), options, searchable: true, testId: 'party-org-into' },
        { name: 'onDate', kind: 'date', label: t('registers.field.onDate'), testId: 'party-org-dissolve-date' },
        { name: 'note', kind: 'text', label: t('registers.field.note') },
      ]}
      initial={{ intoOrgId: org.parent ? String(org.parent.id) : null, onDate: chinaToday(), note: '' }}
      ready={(v) => textOf(v, 'intoOrgId') !== ''}
      submit={submit}
      note={t('registerEdit.org.dissolveNote', { members: org.memberCount, coverage: org.coverage.length })}
      saveLabel={t('registerEdit.org.dissolve')}
      saveColor="red"
      saveTestId="party-org-dissolve-save"
      refusalTestId="party-org-refusal"
    />
  );
}

const key = (c: CoverageTarget) => `${c.kind}:${c.id}`;

/** Tenants found by name (search.query), as coverage choices. */
async function searchTenants(query: string): Promise<FieldOption[]> {
  const q = query.trim();
  if (!q) return [];
  const hits = await api.call('search.query', { q, kinds: ['tenant'], limit: 20 });
  return hits.map((h) => ({ value: String(h.id), label: h.subtitle ? `${h.title} · ${h.subtitle}` : h.title }));
}

function CoverageForm({ org, opened, onClose }: FormProps) {
  const t = useT();
  const kindWord = (k: CoverageKind) => t(`registerEdit.coverageKind.${k}`);
  const current = org.coverage.map((c) => ({ value: key(c), label: `${kindWord(c.kind)} · ${c.name}` }));
  const submit = async (v: FormValues) => {
    const kept = new Set(listOf(v, 'keep'));
    const remove = org.coverage.filter((c) => !kept.has(key(c))).map((c) => ({ kind: c.kind, id: c.id }));
    const add: CoverageTarget[] = [];
    for (const [field, kind] of [['addGrid', 'grid'], ['addBuilding', 'building'], ['addTenant', 'tenant']] as const) {
      const id = Number(textOf(v, field));
      if (Number.isInteger(id) && id > 0 && !org.coverage.some((c) => c.kind === kind && c.id === id)) add.push({ kind, id });
    }
    if (add.length || remove.length) await api.call('partyOrg.coverage', { id: org.id, ...(add.length ? { add } : {}), ...(remove.length ? { remove } : {}) });
  };
  return (
    <RegisterFormModal
      opened={opened}
      onClose={onClose}
      title={t('registerEdit.org.coverageTitle', { name: org.name })}
      testId="party-org-coverage-form"
      size={560}
      fields={[
        { name: 'keep', kind: 'multi', label: t('registerEdit.org.covered'), options: current, testId: 'coverage-keep' },
        { name: 'addGrid', kind: 'lookup', label: t('registerEdit.org.addGrid'), placeholder: t('registerEdit.searchGrid'), search: searchGrids, testId: 'coverage-add-grid' },
        { name: 'addBuilding', kind: 'lookup', label: t('registerEdit.org.addBuilding'), placeholder: t('registerEdit.searchBuilding'), search: searchBuildings, testId: 'coverage-add-building' },
        { name: 'addTenant', kind: 'lookup', label: t('registerEdit.org.addTenant'), placeholder: t('registerEdit.searchTenant'), search: searchTenants, testId: 'coverage-add-tenant' },
      ]}
      initial={{ keep: current.map((c) => c.value), addGrid: null, addBuilding: null, addTenant: null }}
      submit={submit}
      note={t('registerEdit.org.coverageNote')}
      saveTestId="party-org-coverage-save"
      refusalTestId="party-org-refusal"
    />
  );
}

/** Grids found by name (search.query), as coverage choices. */
async function searchGrids(query: string): Promise<FieldOption[]> {
  const q = query.trim();
  if (!q) return [];
  const hits = await api.call('search.query', { q, kinds: ['grid'], limit: 20 });
  return hits.map((h) => ({ value: String(h.id), label: h.subtitle ? `${h.title} · ${h.subtitle}` : h.title }));
}

/** What the organisation covers, as badges (its drawer's 覆盖范围). */
export function PartyOrgCoverage({ org }: { org: PartyOrgDetail }) {
  const t = useT();
  if (org.coverage.length === 0) {
    return (
      <Text fz="sm" c="dimmed" data-testid="coverage-empty">
        {t('registerEdit.org.coverageNone')}
      </Text>
    );
  }
  return (
    <Group gap={4} data-testid="coverage-list">
      {org.coverage.map((c) => (
        <Badge key={`${c.kind}:${c.id}`} size="sm" variant="light" color={c.kind === 'grid' ? 'blue' : c.kind === 'building' ? 'teal' : 'grape'} data-testid="coverage-item" data-kind={c.kind} data-id={c.id}>
          {t(`registerEdit.coverageKind.${c.kind}`)} · {c.name}
        </Badge>
      ))}
    </Group>
  );
}

/** 变更记录 words for an organisation's coverage ('building:41' → 楼栋 · 谢家湾商场) from what it covers now; anything else as `base` says. */
export function useCoverageWords(org: PartyOrgDetail, base: ValueWords): ValueWords {
  const t = useT();
  const names = new Map(org.coverage.map((c) => [`${c.kind}:${c.id}`, `${t(`registerEdit.coverageKind.${c.kind}`)} · ${c.name}`]));
  return (field, value) => {
    if (field === 'coverage' && Array.isArray(value)) return value.map((v) => names.get(v) ?? v).join('、') || '—';
    return base(field, value);
  };
}
