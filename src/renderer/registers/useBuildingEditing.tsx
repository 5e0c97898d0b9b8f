// The building drawer's register editing, in one place: which member or household a form is
// open for, the per-member and per-household actions HouseholdList renders, and the forms.
import { Button } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { HouseholdView, ResidentBrief } from '../../shared/views';
import { useT } from '../i18n/LocaleProvider';
import { useSession } from '../session/SessionProvider';
import { MemberActions } from './MemberActions';
import { canEditRegisters } from './registerRoles';
import { ResidentFormModal, type ResidentFormTarget } from './ResidentFormModal';
import { ResidentLeaveModal } from './ResidentLeaveModal';

export interface BuildingEditing {
  canEdit: boolean;
  memberActions?: (r: ResidentBrief) => ReactNode;
  householdActions?: (h: HouseholdView) => ReactNode;
  forms: ReactNode;
}

export function useBuildingEditing(): BuildingEditing {
  const t = useT();
  const { state } = useSession();
  const canEdit = state.phase === 'unlocked' && canEditRegisters(state.user.role);
  const [form, setForm] = useState<ResidentFormTarget | null>(null);
  const [leaving, setLeaving] = useState<ResidentBrief | null>(null);
  if (!canEdit) return { canEdit, forms: null };
  return {
    canEdit,
    memberActions: (r) => <MemberActions resident={r} onEdit={(resident) => setForm({ mode: 'edit', resident })} onLeave={setLeaving} />,
    householdActions: (h) => (
      <Button size="compact-xs" variant="subtle" onClick={() => setForm({ mode: 'add', household: h })} data-testid="resident-add">
        {t('registers.addResident')}
      </Button>
    ),
    forms: (
      <>
        <ResidentFormModal target={form} onClose={() => setForm(null)} />
        <ResidentLeaveModal resident={leaving} onClose={() => setLeaving(null)} />
      </>
    ),
  };
}
