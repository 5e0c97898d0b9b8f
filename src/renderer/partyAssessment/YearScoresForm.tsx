// A year's scores per criterion, for the yearly rating and the 联述联评联考 scorecard alike:
// the year, each criterion with its maximum, a note, and the total with the grade it gives
// (the same function the core uses). A year already scored opens with its scores, to amend.
import { Alert, Button, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { chinaIsoDate } from '../../shared/periods';
import { useT } from '../i18n/LocaleProvider';
import { officeNow } from '../session/officeClock';

export interface YearScoresProps<C extends string> {
  testId: string;
  criteria: readonly C[];
  max: Readonly<Record<C, number>>;
  label: (c: C) => string;
  /** The grade's words for a total. */
  grade: (total: number) => string;
  /** Earlier years' scores, newest first. */
  past: readonly { year: number; scores: Record<C, number>; note: string }[];
  onSubmit: (year: number, scores: Record<C, number>, note: string) => Promise<string | null>;
  onCancel: () => void;
}

export function YearScoresForm<C extends string>({ testId, criteria, max, label, grade, past, onSubmit, onCancel }: YearScoresProps<C>) {
  const t = useT();
  const thisYear = Number(chinaIsoDate(officeNow()).slice(0, 4));
  const startFrom = (y: number) => {
    const p = past.find((r) => r.year === y) ?? past[0];
    return Object.fromEntries(criteria.map((c) => [c, p?.scores[c] ?? Math.round(max[c] * 0.8)])) as Record<C, number>;
  };
  const [year, setYear] = useState(thisYear);
  const [scores, setScores] = useState<Record<C, number>>(() => startFrom(thisYear));
  const [note, setNote] = useState(() => past.find((r) => r.year === thisYear)?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const total = criteria.reduce((s, c) => s + scores[c], 0);
  const amending = past.some((r) => r.year === year);
  const submit = async () => {
    const over = criteria.find((c) => !Number.isInteger(scores[c]) || scores[c] < 0 || scores[c] > max[c]);
    if (over !== undefined) {
      setError(t('assessment.scores.outOfRange', { criterion: label(over), max: String(max[over]) }));
      return;
    }
    if (year > thisYear) {
      setError(t('assessment.refusal.year_in_future'));
      return;
    }
    setBusy(true);
    setError(null);
    const refused = await onSubmit(year, scores, note.trim());
    setBusy(false);
    if (refused !== null) setError(refused);
  };
  return (
    <Stack gap={4} mt="xs" p="xs" style={{ border: '1px solid #dee2e6', borderRadius: 4 }} data-testid={`${testId}-form`}>
      <Group gap="xs" align="flex-end">
        <NumberInput
          size="xs"
          w={110}
          label={t('assessment.rate.year')}
          min={2000}
          max={thisYear}
          value={year}
          onChange={(v) => {
            const y = typeof v === 'number' ? v : thisYear;
            setYear(y);
            if (past.some((r) => r.year === y)) setScores(startFrom(y));
          }}
          data-testid={`${testId}-year`}
        />
        {amending && (
          <Text size="xs" c="orange" pb={6}>
            {t('assessment.scores.amending', { year: String(year) })}
          </Text>
        )}
      </Group>
      <Group grow align="flex-end">
        {criteria.map((c) => (
          <NumberInput
            key={c}
            size="xs"
            label={`${label(c)}（${max[c]}）`}
            min={0}
            max={max[c]}
            allowDecimal={false}
            value={scores[c]}
            onChange={(v) => setScores({ ...scores, [c]: typeof v === 'number' ? v : 0 })}
            data-testid={`${testId}-${c}`}
          />
        ))}
      </Group>
      <Textarea size="xs" label={t('assessment.scores.note')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} data-testid={`${testId}-note`} />
      <Text size="sm" fw={600} data-testid={`${testId}-total`}>
        {t('assessment.rate.total', { total: String(total), rating: grade(total) })}
      </Text>
      {error && (
        <Alert color="red" p={6} data-testid={`${testId}-error`}>
          {error}
        </Alert>
      )}
      <Group justify="flex-end" gap={6}>
        <Button size="compact-xs" variant="default" onClick={onCancel}>
          {t('assessment.cancel')}
        </Button>
        <Button size="compact-xs" loading={busy} onClick={() => void submit()} data-testid={`${testId}-submit`}>
          {t('assessment.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
