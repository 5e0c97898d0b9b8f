// The decisions recorded with the deck today (its 研判会 session), kept beside the slides:
// a header with their count that opens the list with each decision's progress. It sits in the
// deck's control bar (DeckControls), which shows while the pointer moves: a box of its own
// floating over the slide covered the Party slide's 微心愿 card. The list opens above the bar.
import { Box, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n/LocaleProvider';
import { DecisionList } from '../DecisionList';
import { useMeetingsChanged } from '../useMeetingsChanged';
import './decide.css';

export function SessionDecisions() {
  const t = useT();
  const changed = useMeetingsChanged();
  const session = useApiQuery('meeting.briefingSession', {}, changed);
  const [open, setOpen] = useState(false);
  const decisions = session.status === 'ok' && session.data ? session.data.topics.flatMap((x) => x.decisions) : [];
  return (
    <Box className="bs-session-decisions" data-testid="briefing-session-decisions" data-count={decisions.length} data-open={open ? 'true' : 'false'}>
      <UnstyledButton onClick={() => setOpen((o) => !o)} px="xs" py={2} data-testid="briefing-session-toggle" aria-expanded={open}>
        <Text fz="sm" fw={700} c="gray.0">
          {t('briefing.decide.session', { count: decisions.length })}
        </Text>
      </UnstyledButton>
      {open && (
        <Box className="bs-session-list">
          <ScrollArea.Autosize mah={420} px="sm" py="sm">
            {decisions.length === 0 ? (
              <Text fz="sm" c="dimmed">
                {t('briefing.decide.none')}
              </Text>
            ) : (
              <DecisionList decisions={decisions} canWrite={false} testId="briefing-session-decision" />
            )}
          </ScrollArea.Autosize>
        </Box>
      )}
    </Box>
  );
}
