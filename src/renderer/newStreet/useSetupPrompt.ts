// A new street's administrator is shown the setup checklist at sign-in while required data is
// missing. A quick look (counts only, no validation) decides; the demo street never asks.
import { useEffect } from 'react';
import { api } from '../api/api';

export function useSetupPrompt(admin: boolean, open: () => void): void {
  useEffect(() => {
    if (!admin) return;
    let live = true;
    api.call('newStreet.checklist', { coverage: false }).then(
      (list) => {
        if (live && list.newStreet && !list.complete) open();
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
    // Once per sign-in: the menu mounts with the console.
  }, [admin]);
}
