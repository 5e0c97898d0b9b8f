// A link inside the drawer that opens another detail (grid of a building, building of a tenant…).
import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import type { DetailRef } from '../detailRef';
import { useDetailNav } from '../DetailNav';

export function RefLink({ to, children }: { to: DetailRef; children: ReactNode }) {
  const { open } = useDetailNav();
  return (
    <Anchor component="button" type="button" fz="sm" onClick={() => open(to)} data-testid={`ref-${to.kind}`}>
      {children}
    </Anchor>
  );
}
