// The building drawer's register editing, in one place: which member or household a form is
// open for, the per-member and per-household actions HouseholdList renders, 新增户 above the
// list, and the forms.
import { Button, Group } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { BuildingDetail, HouseholdView, ResidentBrief } from '../../shared/views';
import { useT } from '../i18n/LocaleProvider';
import { useSession } from '../session/SessionProvider';
import { HouseholdCreateModal, HouseholdStatusModal, ResidentMoveModal } from './HouseholdForms';
import { MemberActions } from './MemberActions';
import { canEditRegisters } from './registerRoles';
import { ResidentFormModal, type ResidentFormTarget } from './ResidentFormModal';
import { ResidentLeaveModal } from './ResidentLeaveModal';

export interface BuildingEditing {
  canEdit: boolean;
  /** Above the household list: 新增户. */
  listActions?: ReactNode;
  memberActions?: (r: ResidentBrief) => ReactNode;
  householdActions?: (h: HouseholdView) => ReactNode;
  forms: ReactNode;
}

export function useBuildingEditing(building: BuildingDetail): BuildingEditing {
  const t = useT();
  const { state } = useSession();
  const canEdit = state.phase === 'unlocked' && canEditRegisters(state.user.role);
  const [form, setForm] = useState<ResidentFormTarget | null>(null);
  const [leaving, setLeaving] = useState<ResidentBrief | null>(null);
  const [moving, setMoving] = useState<{ brief: ResidentBrief; householdId: number } | null>(null);
  const [creating, setCreating] = useState(false);
  const [statusOf, setStatusOf] = useState<HouseholdView | null>(null);
  if (!canEdit) return { canEdit, forms: null };
  const householdOf = (r: ResidentBrief) => building.households.find((h) => h.members.some((m) => m.id === r.id));
  return {
    canEdit,
    listActions: (
      <Group justify="flex-end" mb={6}>
        <Button size="compact-xs" variant="light" onClick={() => setCreating(true)} data-testid="household-create">
          {t('registerEdit.household.create')}
        </Button>
      </Group>
    ),
    memberActions: (r) => (
      <MemberActions
        resident={r}
        onEdit={(resident) => setForm({ mode: 'edit', resident })}
        onMove={(resident) => {
          const h = householdOf(resident);
          if (h) setMoving({ brief: resident, householdId: h.id });
        }}
        onLeave={setLeaving}
      />
    ),
    householdActions: (h) => (
      <Group gap={2} wrap="nowrap">
        <Button size="compact-xs" variant="subtle" color="orange" onClick={() => setStatusOf(h)} data-testid="household-status-open">
          {t('registerEdit.household.setStatus')}
        </Button>
        <Button size="compact-xs" variant="subtle" onClick={() => setForm({ mode: 'add', household: h })} data-testid="resident-add">
          {t('registers.addResident')}
        </Button>
      </Group>
    ),
    forms: (
      <>
        <ResidentFormModal target={form} onClose={() => setForm(null)} />
        <ResidentLeaveModal resident={leaving} onClose={() => setLeaving(null)} />
        <ResidentMoveModal resident={moving} building={building} onClose={() => setMoving(null)} />
        <HouseholdCreateModal building={building} opened={creating} onClose={() => setCreating(false)} />
        <HouseholdStatusModal household={statusOf} onClose={() => setStatusOf(null)} />
      </>
    ),
  };
}
