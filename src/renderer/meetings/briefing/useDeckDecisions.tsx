// What the deck needs to record decisions: `decide` for the slides' keys (unset for accounts
// that may not record), whether the form is open (the deck's keys pause meanwhile), and the
// form to render, and the session's list for the deck's control bar.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { BriefingTarget } from '../../../shared/meetings';
import { useSession } from '../../session/SessionProvider';
import { MEETING_WRITERS } from '../words';
import { BriefingDecisionForm } from './BriefingDecisionForm';
import { SessionDecisions } from './SessionDecisions';

export function useDeckDecisions(): { decide: ((target: BriefingTarget, label: string) => void) | undefined; formOpen: boolean; nodes: ReactNode; session: ReactNode } {
  const { state } = useSession();
  const canWrite = state.phase === 'unlocked' && MEETING_WRITERS.includes(state.user.role);
  const [form, setForm] = useState<{ target: BriefingTarget; label: string } | null>(null);
  const open = useCallback((target: BriefingTarget, label: string) => setForm({ target, label }), []);
  const nodes = useMemo(() => (canWrite && form ? <BriefingDecisionForm target={form.target} label={form.label} onClose={() => setForm(null)} /> : null), [canWrite, form]);
  const session = useMemo(() => (canWrite ? <SessionDecisions /> : null), [canWrite]);
  return { decide: canWrite ? open : undefined, formOpen: form !== null, nodes, session };
}
