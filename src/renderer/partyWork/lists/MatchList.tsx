// Matching suggestions with why each ranks where it does: category fit, distance against the
// 800 m walking circle, and the offering unit's record of finishing its claims.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { PartyMatchSuggestion } from '../../../shared/partyLists';
import { useT } from '../../i18n/LocaleProvider';

interface Props {
  suggestions: readonly PartyMatchSuggestion[];
  onOpen: (id: number) => void;
  /** Pairs the item with this suggestion; null when the user may not. */
  onPair: ((s: PartyMatchSuggestion) => void) | null;
}

export function MatchList({ suggestions, onOpen, onPair }: Props) {
  const t = useT();
  if (suggestions.length === 0) return <Text size="sm" c="dimmed">{t('party.drawer.noMatches')}</Text>;
  return (
    <Stack gap={6} data-testid="party-matches">
      {suggestions.map((s, k) => (
        <Paper key={s.item.id} withBorder p={8} radius="sm" data-testid="party-match" data-id={s.item.id} data-owner={s.item.owner.name}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" fw={600} style={{ cursor: 'pointer' }} onClick={() => onOpen(s.item.id)} lineClamp={1}>
              {k + 1}. {s.item.title}
            </Text>
            <Group gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed">
                {t('party.match.score', { score: Math.round(s.score * 100) })}
              </Text>
              {onPair && (
                <Button size="compact-xs" variant="light" onClick={() => onPair(s)} data-testid="party-match-pair">
                  {t('party.match.pair')}
                </Button>
              )}
            </Group>
          </Group>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {s.item.owner.name} · {s.item.communityName}
          </Text>
          <Group gap={4} mt={4}>
            <Badge size="xs" variant="light" color={s.reasons.categoryFit === 'same' ? 'green' : 'yellow'}>
              {t(`party.match.${s.reasons.categoryFit}`)} · {t(`party.category.${s.item.category}`)}
            </Badge>
            <Badge size="xs" variant="light" color={s.reasons.withinWalk ? 'green' : 'gray'}>
              {t('party.match.distance', { m: t.num(s.reasons.distanceM) })} · {s.reasons.withinWalk ? t('party.match.withinWalk') : t('party.match.beyondWalk')}
            </Badge>
            <Badge size="xs" variant="light" color={s.reasons.record && s.reasons.record.abandoned > s.reasons.record.finished ? 'red' : 'blue'}>
              {s.reasons.record ? t('party.match.record', { finished: s.reasons.record.finished, abandoned: s.reasons.record.abandoned }) : t('party.match.community')}
            </Badge>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
