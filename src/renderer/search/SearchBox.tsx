// The search field with its result list; keyboard: ↑/↓ to move, Enter to open, Esc to clear.
// After each kind's hits: how many it has in all and a 更多 button while there are more.
import { Badge, Button, CloseButton, Group, Loader, Paper, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useClickOutside } from '@mantine/hooks';
import { useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../shared/views';
import { accessErrorMessage } from '../detail/reveal/accessError';
import { useT } from '../i18n/LocaleProvider';
import { hasMore, useSearch } from './useSearch';

export function SearchBox({ onPick }: { onPick: (hit: SearchHit) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { state, more } = useSearch(text);
  const wrapperRef = useClickOutside<HTMLDivElement>(() => setOpen(false));
  const hits = state.status === 'done' ? state.hits : [];

  const pick = (hit: SearchHit) => {
    onPick(hit);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const hit = hits[active];
      if (hit) pick(hit);
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else setText('');
    }
  };

  return (
    <div ref={wrapperRef} style={{ position: 'relative' }}>
      <TextInput
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        leftSection={<SearchIcon />}
        rightSection={state.status === 'searching' ? <Loader size={14} /> : text ? <CloseButton size="sm" aria-label={t('common.close')} onClick={() => setText('')} /> : null}
        data-testid="search-input"
      />
      {open && state.status !== 'empty' && (
        <Paper
          withBorder
          shadow="md"
          mt={4}
          style={{ position: 'absolute', left: 0, right: 0, zIndex: 20 }}
          data-testid="search-results"
        >
          {state.status === 'error' && (
            <Text fz="sm" c="red" p="sm">
              {accessErrorMessage(state.error, t)}
            </Text>
          )}
          {state.status === 'searching' && hits.length === 0 && (
            <Text fz="sm" c="dimmed" p="sm">
              {t('search.searching')}
            </Text>
          )}
          {state.status === 'done' && hits.length === 0 && (
            <Text fz="sm" c="dimmed" p="sm">
              {t('search.noResults')}
            </Text>
          )}
          {hits.length > 0 && (
            <ScrollArea.Autosize mah={420}>
              <Stack gap={0} py={4}>
                {hits.map((hit, i) => (
                  <div key={`${hit.kind}-${hit.id}`}>
                    <UnstyledButton
                      onClick={() => pick(hit)}
                      onMouseEnter={() => setActive(i)}
                      data-testid="search-result"
                      data-kind={hit.kind}
                      px="sm"
                      py={6}
                      style={{ display: 'block', width: '100%', background: i === active ? 'var(--mantine-color-command-0)' : undefined }}
                    >
                      <Group gap={8} wrap="nowrap" align="flex-start">
                        <Badge size="sm" variant="light" color={hit.kind === 'partyOrg' ? 'red' : hit.kind === 'tenant' ? 'teal' : 'command'} style={{ flex: 'none' }}>
                          {t(`searchHit.${hit.kind}`)}
                        </Badge>
                        <div style={{ minWidth: 0 }}>
                          <Text fz="sm" fw={600} lh={1.3} truncate>
                            {hit.title}
                          </Text>
                          <Text fz="xs" c="dimmed" lh={1.3} truncate>
                            {[hit.sex ? t(`gender.${hit.sex}`) : null, hit.age !== undefined ? t('detail.ageYears', { age: hit.age }) : null, hit.subtitle]
                              .filter(Boolean)
                              .join(' · ')}
                          </Text>
                        </div>
                      </Group>
                    </UnstyledButton>
                    {hits[i + 1]?.kind !== hit.kind && <KindFooter hit={hit} hasMore={hasMore(hits, hit.kind)} onMore={() => more(hit.kind)} />}
                  </div>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Paper>
      )}
    </div>
  );
}

/** Under a kind's last hit: its total ("more than 1000" past the core's count cap) and 更多. */
function KindFooter({ hit, hasMore, onMore }: { hit: SearchHit; hasMore: boolean; onMore: () => void }) {
  const t = useT();
  if (hit.kindTotal === undefined || !hasMore) return null;
  return (
    <Group justify="space-between" px="sm" py={2} data-testid="search-kind-footer" data-kind={hit.kind}>
      <Text fz="xs" c="dimmed">
        {hit.kindTotalMore ? t('search.kindTotalMore', { count: hit.kindTotal }) : t('search.kindTotal', { count: hit.kindTotal })}
      </Text>
      <Button size="compact-xs" variant="subtle" onClick={onMore} data-testid="search-more">
        {t('search.more')}
      </Button>
    </Group>
  );
}

function SearchIcon() {
  return (
    <svg width={15} height={15} viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="7" cy="7" r="4.8" stroke="currentColor" strokeWidth="1.7" fill="none" />
      <line x1="10.6" y1="10.6" x2="14" y2="14" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
