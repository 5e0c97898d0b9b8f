// Briefing mode (/briefing): pick a period and a scope, then present the deck. A URL that
// names a period (?from=…&to=…[&community=…]) opens its deck at once, which is how the
// PDF export drives it.
import { Box, Center, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import type { UserView } from '../../shared/views';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { BriefingDeckView } from './BriefingDeckView';
import { BriefingPicker } from './BriefingPicker';
import { consoleHref, navigate } from './navigation';
import { requestFromSearch, searchFromRequest, type DeckRequest } from './periods';
import './briefing.css';

const backdrop = { height: '100%', background: 'linear-gradient(160deg, #f4f7fb 0%, #e3eaf4 100%)' };

/** Keeps the chosen deck in the address, so a reload (or a PDF run) finds it again. */
function rememberInUrl(request: DeckRequest | null): void {
  const url = new URL(window.location.href);
  url.search = request ? searchFromRequest(request) : '';
  window.history.replaceState(null, '', url.href);
}

export function BriefingScreen({ streetName }: { user: UserView; streetName: string }) {
  const t = useT();
  const [request, setRequest] = useState<DeckRequest | null>(() => requestFromSearch(window.location.search));
  const base = useApiQuery('map.base', {});
  const input = useMemo(() => (request ? { from: request.period.from, to: request.period.to, scope: request.scope } : null), [request]);
  const deck = useApiQuery('briefing.build', input);

  const choose = useCallback((r: DeckRequest | null) => {
    rememberInUrl(r);
    setRequest(r);
  }, []);

  if (request && deck.status === 'ok') {
    return <BriefingDeckView deck={deck.data} base={base.status === 'ok' ? base.data : null} onExit={() => choose(null)} />;
  }
  const communities = base.status === 'ok' ? base.data.communities.features.map((f) => ({ id: f.properties.id, name: f.properties.name })) : [];
  return (
    <Box style={backdrop}>
      <Center h="100%">
        {request && deck.status === 'loading' ? (
          <Stack align="center" data-testid="briefing-building">
            <Loader />
            <Text c="dimmed">{t('briefing.building')}</Text>
          </Stack>
        ) : (
          <BriefingPicker
            streetName={streetName}
            communities={communities}
            error={request && deck.status === 'error' ? t('briefing.failed', { error: errorMessage(deck.error, t) }) : null}
            onBuild={choose}
            onBack={() => navigate(consoleHref(window.location))}
          />
        )}
      </Center>
    </Box>
  );
}
