// The decisions recorded with the deck today (its 研判会 session), kept beside the slides:
// a header with their count that opens the list with each decision's progress. It sits above
// the slide's footer, in the corner the slides leave empty.
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
    <Box
      className="bs-session-decisions"
      data-testid="briefing-session-decisions"
      data-count={decisions.length}
      style={{ position: 'fixed', left: 16, bottom: 72, zIndex: 20, width: open ? 560 : 'auto', background: 'rgba(255,255,255,0.96)', border: '1px solid #d0d7e2', borderRadius: 8, boxShadow: '0 2px 10px rgba(0,0,0,0.15)' }}
    >
      <UnstyledButton onClick={() => setOpen((o) => !o)} px="sm" py={6} data-testid="briefing-session-toggle">
        <Text fz="sm" fw={700}>
          {t('briefing.decide.session', { count: decisions.length })}
        </Text>
      </UnstyledButton>
      {open && (
        <ScrollArea.Autosize mah={420} px="sm" pb="sm">
          {decisions.length === 0 ? <Text fz="sm" c="dimmed">{t('briefing.decide.none')}</Text> : <DecisionList decisions={decisions} canWrite={false} testId="briefing-session-decision" />}
        </ScrollArea.Autosize>
      )}
    </Box>
  );
}
