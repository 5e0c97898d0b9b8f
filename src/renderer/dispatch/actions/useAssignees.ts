// Who a case can go to (staff and departments, with their open workload), per grid.
import { useEffect, useState } from 'react';
import type { AssigneeOption } from '../../../shared/cases';
import { api } from '../../api/api';

export function useAssignees(gridId: number | null, reloadKey = 0): { options: AssigneeOption[] | null; error: unknown } {
  const [options, setOptions] = useState<AssigneeOption[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    setOptions(null);
    api.call('case.assignees', gridId === null ? {} : { gridId }).then(
      (o) => {
        if (!live) return;
        setOptions(o);
        setError(null);
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [gridId, reloadKey]);
  return { options, error };
}

export const assigneeKey = (a: { kind: string; id: number }) => `${a.kind}:${a.id}`;

export function parseAssigneeKey(key: string | null): { kind: 'staff' | 'department'; id: number } | null {
  const m = key ? /^(staff|department):(\d+)$/.exec(key) : null;
  return m ? { kind: m[1] as 'staff' | 'department', id: Number(m[2]) } : null;
}
