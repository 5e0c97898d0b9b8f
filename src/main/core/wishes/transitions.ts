// The 三微 flow: which step is legal from which status, and where it leads. Pure, so the
// drawer's buttons, the core's refusals and the tests read the same table.
import type { WishAction, WishStatus } from '../../../shared/wishes';

export const WISH_TRANSITIONS: Readonly<Record<WishAction, { from: readonly WishStatus[]; to: WishStatus }>> = {
  approve: { from: ['pending_review'], to: 'approved' },
  reject: { from: ['pending_review'], to: 'rejected' },
  publish: { from: ['approved'], to: 'published' },
  claim: { from: ['published'], to: 'claimed' },
  // The claimant gives it up: it goes back on the list for someone else.
  release: { from: ['claimed'], to: 'published' },
  fulfil: { from: ['claimed'], to: 'fulfilled' },
  feedback: { from: ['fulfilled'], to: 'evaluated' },
  // The resident no longer needs it (moved, got it elsewhere); never after a claim (release first).
  withdraw: { from: ['pending_review', 'approved', 'published'], to: 'withdrawn' },
};

/** The status a step leads to, or null when it is not legal from `status`. */
export function nextWishStatus(status: WishStatus, action: WishAction): WishStatus | null {
  const t = WISH_TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}

export function legalWishActions(status: WishStatus): WishAction[] {
  return (Object.keys(WISH_TRANSITIONS) as WishAction[]).filter((a) => WISH_TRANSITIONS[a].from.includes(status));
}
