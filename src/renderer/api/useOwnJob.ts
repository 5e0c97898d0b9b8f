// The running job of one kind that this account started (an export, a briefing): its progress
// from pushed job.progress events, and a way to cancel it. Jobs of other accounts are ignored.
import { useCallback, useEffect, useState } from 'react';
import type { JobProgress } from '../../shared/views';
import { api } from './api';

export function useOwnJob(kind: JobProgress['kind'], userId: number | null, active: boolean): { job: JobProgress | null; cancel: () => void } {
  const [job, setJob] = useState<JobProgress | null>(null);
  useEffect(() => {
    if (!active) {
      setJob(null);
      return;
    }
    return api.on('job.progress', (p) => {
      if (p.kind === kind && userId !== null && p.userId === userId) setJob(p.state === 'running' ? p : null);
    });
  }, [kind, userId, active]);
  const cancel = useCallback(() => {
    if (job) void api.call('job.cancel', { jobId: job.jobId }).catch(() => undefined);
  }, [job]);
  return { job, cancel };
}
