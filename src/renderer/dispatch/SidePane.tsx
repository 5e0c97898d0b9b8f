// The right of the desk: the open case, or the intake form.
import { Box } from '@mantine/core';
import type { LngLat } from '../../shared/views';
import { consoleColors } from '../theme/consoleColors';
import { CaseWorkDetail } from './detail/CaseWorkDetail';
import { IntakePanel } from './intake/IntakePanel';
import type { DispatchDesk } from './useDispatchDesk';

export const SIDE_PANE_WIDTH = 460;

export function SidePane({ desk, onLocate }: { desk: DispatchDesk; onLocate: (center: LngLat) => void }) {
  const { pane } = desk;
  if (pane.kind === 'none') return null;
  return (
    <Box
      component="aside"
      style={{ gridArea: 'side', minHeight: 0, minWidth: 0, background: consoleColors.panelBg, borderLeft: `1px solid ${consoleColors.panelBorder}`, boxShadow: '-4px 0 14px rgba(15,47,95,0.08)' }}
    >
      {pane.kind === 'case' && (
        <CaseWorkDetail key={pane.id} state={desk.detail} onDone={desk.afterAction} onClose={desk.closePane} onLocate={onLocate} onOpenCase={(id) => desk.openCase(id)} />
      )}
      {pane.kind === 'intake' && (
        <IntakePanel
          pin={desk.pin}
          onPin={desk.setPin}
          onLocate={onLocate}
          onClose={desk.closePane}
          onFinished={(caseId, message, tone) => {
            desk.setPin(null);
            desk.openCase(caseId);
            desk.queue.reload();
            desk.say(tone, message);
          }}
        />
      )}
    </Box>
  );
}
