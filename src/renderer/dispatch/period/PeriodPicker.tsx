// The report period: 本周 / 本月 / 上月 / 自定义 (a run of days), with the days it covers
// spelled out, since "本月" alone does not say whether the month is over.
import { Group, SegmentedControl, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useT } from '../../i18n/LocaleProvider';
import { PERIOD_PRESETS, periodDays, type Period, type PeriodChoice, type PeriodPreset } from './period';

interface Props {
  choice: PeriodChoice;
  /** What the choice stands for now; null while a custom period is unfinished. */
  period: Period | null;
  onChange: (choice: PeriodChoice) => void;
  testId: string;
}

export function PeriodPicker({ choice, period, onChange, testId }: Props) {
  const t = useT();
  const days = period ? periodDays(period) : null;
  return (
    <Group gap={8} wrap="wrap">
      <SegmentedControl<PeriodPreset>
        size="xs"
        data={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`period.${p}`) }))}
        value={choice.preset}
        onChange={(preset) => onChange({ ...choice, preset })}
        aria-label={t('period.label')}
        data-testid={testId}
      />
      {choice.preset === 'custom' && (
        <DatePickerInput
          type="range"
          size="xs"
          w={210}
          value={[choice.first || null, choice.last || null]}
          onChange={([first, last]) => onChange({ ...choice, first: first ?? '', last: last ?? '' })}
          valueFormat="YYYY-MM-DD"
          allowSingleDateInRange
          placeholder={t('period.customPlaceholder')}
          aria-label={t('period.customPlaceholder')}
          data-testid={`${testId}-dates`}
        />
      )}
      {/* An unfinished custom period says so in the date field's placeholder. */}
      {days && (
        <Text fz="xs" c="dimmed" className="tabular" style={{ whiteSpace: 'nowrap' }} data-testid={`${testId}-days`}>
          {t('period.range', { first: days[0], last: days[1] })}
        </Text>
      )}
    </Group>
  );
}
