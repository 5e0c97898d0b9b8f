// Choosing the deck: a period (last week, last month, last quarter, custom days) and a scope (the street
// or one community). The period it compares with is shown before the deck is made.
import { Alert, Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { BriefingScope } from '../../shared/briefing';
import { BRIEFING_MAX_DAYS } from '../../shared/vocab/briefing';
import { useT } from '../i18n/LocaleProvider';
import { BrandMark } from '../unlock/BrandMark';
import { comparisonOf } from '../../shared/periods';
import { customPeriod, isoDate, lastDayOf, lastMonth, lastQuarter, lastWeek, type DeckRequest, type Period, type PeriodKind } from './periods';
import { officeNow } from '../session/officeClock';

const DAY_MS = 86_400_000;

interface Props {
  streetName: string;
  communities: readonly { id: number; name: string }[];
  error: string | null;
  onBuild: (request: DeckRequest) => void;
  onBack: () => void;
}

export function BriefingPicker({ streetName, communities, error, onBuild, onBack }: Props) {
  const t = useT();
  const now = useMemo(() => officeNow(), []);
  const [kind, setKind] = useState<PeriodKind>('month');
  const month = lastMonth(now);
  const [first, setFirst] = useState(isoDate(month.from));
  const [last, setLast] = useState(lastDayOf(month));
  const [scopeKind, setScopeKind] = useState<'street' | 'community'>('street');
  const [communityId, setCommunityId] = useState<string | null>(communities[0] ? String(communities[0].id) : null);

  const period: Period | null = kind === 'week' ? lastWeek(now) : kind === 'month' ? month : kind === 'quarter' ? lastQuarter(now) : customPeriod(first, last);
  const comparison = period ? comparisonOf(period) : null;
  const valid = period !== null && period.to - period.from <= BRIEFING_MAX_DAYS * DAY_MS;
  const scope: BriefingScope | null = scopeKind === 'street' ? { kind: 'street' } : communityId ? { kind: 'community', id: Number(communityId) } : null;

  return (
    <Stack gap="lg" w={560} data-testid="briefing-picker">
      <BrandMark streetName={streetName} />
      <Paper shadow="md" p="xl" radius="md" withBorder>
        <Stack gap="md">
          <div>
            <Title order={3}>{t('briefing.picker.title')}</Title>
            <Text fz="sm" c="dimmed">
              {t('briefing.picker.subtitle')}
            </Text>
          </div>
          <div>
            <Text fz="sm" fw={600} mb={4}>
              {t('briefing.picker.period')}
            </Text>
            <SegmentedControl
              fullWidth
              value={kind}
              onChange={(v) => setKind(v as PeriodKind)}
              data={[
                { value: 'week', label: <span data-testid="briefing-period-week">{t('briefing.period.week')}</span> },
                { value: 'month', label: <span data-testid="briefing-period-month">{t('briefing.period.month')}</span> },
                { value: 'quarter', label: <span data-testid="briefing-period-quarter">{t('briefing.period.quarter')}</span> },
                { value: 'custom', label: <span data-testid="briefing-period-custom">{t('briefing.period.custom')}</span> },
              ]}
            />
          </div>
          {kind === 'custom' && (
            <Group grow>
              <TextInput type="date" label={t('briefing.picker.firstDay')} value={first} onChange={(e) => setFirst(e.currentTarget.value)} data-testid="briefing-first-day" />
              <TextInput type="date" label={t('briefing.picker.lastDay')} value={last} onChange={(e) => setLast(e.currentTarget.value)} data-testid="briefing-last-day" />
            </Group>
          )}
          <div>
            <Text fz="sm" fw={600} mb={4}>
              {t('briefing.picker.scope')}
            </Text>
            <SegmentedControl
              fullWidth
              value={scopeKind}
              onChange={(v) => setScopeKind(v as 'street' | 'community')}
              data={[
                { value: 'street', label: <span data-testid="briefing-scope-street">{t('briefing.scope.street')}</span> },
                { value: 'community', label: <span data-testid="briefing-scope-community">{t('briefing.scope.community')}</span> },
              ]}
            />
          </div>
          {scopeKind === 'community' && (
            <Select
              label={t('briefing.picker.community')}
              data={communities.map((c) => ({ value: String(c.id), label: c.name }))}
              value={communityId}
              onChange={setCommunityId}
              allowDeselect={false}
              data-testid="briefing-community"
            />
          )}
          <Text fz="sm" data-testid="briefing-period-summary">
            {valid && period && comparison
              ? t('briefing.picker.summary', {
                  from: isoDate(period.from),
                  to: lastDayOf(period),
                  compared: t(`briefing.compare.${comparison.kind}`, { days: Math.round((period.to - period.from) / DAY_MS) }),
                  prevFrom: isoDate(comparison.previous.from),
                  prevTo: lastDayOf(comparison.previous),
                })
              : t('briefing.picker.invalid')}
          </Text>
          {error && (
            <Alert color="red" variant="light" data-testid="briefing-error">
              {error}
            </Alert>
          )}
          <Group justify="space-between">
            <Button variant="default" onClick={onBack} data-testid="briefing-back">
              {t('briefing.picker.back')}
            </Button>
            <Button onClick={() => period && scope && onBuild({ period, scope })} disabled={!valid || !scope} data-testid="briefing-build">
              {t('briefing.picker.build')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
