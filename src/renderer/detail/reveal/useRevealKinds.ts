// Which records this account may unmask, as the core decides (access.policy): the drawer
// offers 查看完整信息 only where the core would allow it.
import type { RevealKind } from '../../../shared/access';
import { useApiQuery } from '../../api/useApiQuery';

export function useRevealKinds(): ReadonlySet<RevealKind> {
  const policy = useApiQuery('access.policy', {});
  return new Set(policy.status === 'ok' ? policy.data.reveal : []);
}
