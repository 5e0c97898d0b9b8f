// The floating control bar of the deck: move, speaker notes, full screen, export, leave; led
// by the session's decisions when the account may record them (SessionDecisions).
import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/LocaleProvider';

interface Props {
  page: number;
  pages: number;
  hidden: boolean;
  mapsPending: { done: number; total: number } | null;
  onPrev: () => void;
  onNext: () => void;
  onNotes: () => void;
  onFullscreen: () => void;
  onPrint: () => void;
  onExit: () => void;
  lead?: ReactNode;
}

export function DeckControls({ page, pages, hidden, mapsPending, onPrev, onNext, onNotes, onFullscreen, onPrint, onExit, lead }: Props) {
  const t = useT();
  return (
    <Group className="briefing-controls" data-hidden={hidden ? 'true' : 'false'} gap={6} wrap="nowrap" data-testid="briefing-controls">
      {lead}
      <Tooltip label={t('briefing.controls.prev')}>
        <ActionIcon variant="subtle" color="gray.0" onClick={onPrev} aria-label={t('briefing.controls.prev')}>
          ‹
        </ActionIcon>
      </Tooltip>
      <Text fz="sm" c="gray.0" className="tabular" data-testid="briefing-counter" miw={56} ta="center">
        {t('briefing.counter', { n: page, total: pages })}
      </Text>
      <Tooltip label={t('briefing.controls.next')}>
        <ActionIcon variant="subtle" color="gray.0" onClick={onNext} aria-label={t('briefing.controls.next')}>
          ›
        </ActionIcon>
      </Tooltip>
      <Button size="compact-sm" variant="subtle" color="gray.0" onClick={onNotes}>
        {t('briefing.controls.notes')}
      </Button>
      <Button size="compact-sm" variant="subtle" color="gray.0" onClick={onFullscreen}>
        {t('briefing.controls.fullscreen')}
      </Button>
      <Button size="compact-sm" variant="white" color="dark" onClick={onPrint} disabled={mapsPending !== null} data-testid="briefing-print">
        {mapsPending ? t('briefing.controls.mapsPending', mapsPending) : t('briefing.controls.print')}
      </Button>
      <Button size="compact-sm" variant="subtle" color="gray.0" onClick={onExit} data-testid="briefing-exit">
        {t('briefing.controls.exit')}
      </Button>
    </Group>
  );
}
