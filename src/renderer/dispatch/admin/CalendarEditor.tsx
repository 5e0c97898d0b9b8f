// 工作日历: the holidays and make-up working days of a year, which the core counts when it
// sets due times in working hours and days. Add a day, flip it, or put it back to normal.
import { ActionIcon, Alert, Badge, Button, Group, NumberInput, SegmentedControl, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useCallback, useEffect, useState } from 'react';
import type { CalendarDayView } from '../../../shared/cases';
import { api } from '../../api/api';
import { errorMessage } from '../../api/errorMessage';
import { useLocale } from '../../i18n/LocaleProvider';
import { formErrors, NO_ERRORS, type FormErrors } from '../actions/fieldErrors';
import { specialDays, weekdayOf } from './calendarDays';
import { officeNow } from '../../session/officeClock';

export function CalendarEditor() {
  const { t, tOpen } = useLocale();
  const [year, setYear] = useState(() => new Date(officeNow()).getFullYear());
  const [days, setDays] = useState<CalendarDayView[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [date, setDate] = useState('');
  const [working, setWorking] = useState<'holiday' | 'makeup'>('holiday');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async (y: number) => {
    setLoadError(null);
    try {
      setDays(specialDays(await api.call('calendar.list', { year: y }), y));
    } catch (e) {
      setLoadError(errorMessage(e, t));
    }
  }, [t]);

  useEffect(() => {
    setDays(null);
    void load(year);
  }, [year, load]);

  const save = async (key: string, input: { date: string; working: boolean | null; note?: string }) => {
    setBusy(key);
    setErrors(NO_ERRORS);
    try {
      await api.call('calendar.save', input);
      await load(year);
      return true;
    } catch (e) {
      setErrors(formErrors(e, t, tOpen, ['date', 'note']));
      return false;
    } finally {
      setBusy(null);
    }
  };

  const add = async () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setErrors({ fields: { date: t('fieldError.date') }, general: null, technical: null });
      return;
    }
    if (await save('add', { date, working: working === 'makeup', ...(note.trim() ? { note: note.trim() } : {}) })) {
      setDate('');
      setNote('');
    }
  };

  return (
    <Stack gap={10} data-testid="calendar-editor">
      <Group justify="space-between">
        <Group gap={8}>
          <Text fz="sm" fw={600}>
            {t('calendar.year')}
          </Text>
          <NumberInput size="xs" w={96} value={year} onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setYear(v)} min={2000} max={2100} allowDecimal={false} data-testid="calendar-year" />
        </Group>
        <Text fz="xs" c="dimmed">
          {t('calendar.hint')}
        </Text>
      </Group>
      <Group gap={8} align="flex-start" p={8} style={{ background: 'var(--mantine-color-gray-0)', borderRadius: 4 }}>
        <DateInput
          size="xs"
          label={t('calendar.date')}
          placeholder={t('calendar.datePlaceholder')}
          value={date || null}
          onChange={(d) => setDate(d ?? '')}
          valueFormat="YYYY-MM-DD"
          defaultDate={`${year}-01-01`}
          minDate={`${year}-01-01`}
          maxDate={`${year}-12-31`}
          error={errors.fields.date}
          w={150}
          data-testid="calendar-date"
        />
        <Stack gap={2}>
          <Text fz="xs" fw={500}>
            {t('calendar.kind')}
          </Text>
          <SegmentedControl
            size="xs"
            value={working}
            onChange={(v) => setWorking(v as 'holiday' | 'makeup')}
            data={[
              { value: 'holiday', label: t('calendar.holiday') },
              { value: 'makeup', label: t('calendar.makeup') },
            ]}
            data-testid="calendar-kind"
          />
        </Stack>
        <TextInput size="xs" label={t('calendar.note')} placeholder={t('calendar.notePlaceholder')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.fields.note} w={200} data-testid="calendar-note" />
        <Button size="xs" mt={20} onClick={() => void add()} loading={busy === 'add'} data-testid="calendar-add">
          {t('calendar.add')}
        </Button>
      </Group>
      {errors.general && (
        <Alert color="red" p={8}>
          {errors.general}
        </Alert>
      )}
      {loadError && (
        <Alert color="red" p={8}>
          {loadError}
        </Alert>
      )}
      <div style={{ maxHeight: 420, overflow: 'auto' }}>
        <Table stickyHeader verticalSpacing={4} fz="sm" data-testid="calendar-days">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t('calendar.date')}</Table.Th>
              <Table.Th w={110}>{t('calendar.kind')}</Table.Th>
              <Table.Th>{t('calendar.note')}</Table.Th>
              <Table.Th w={150} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text fz="sm" c="dimmed">
                    {t('calendar.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {days?.map((d) => (
              <Table.Tr key={d.date} data-testid="calendar-day" data-date={d.date}>
                <Table.Td className="tabular">
                  {d.date} <Text span fz="xs" c="dimmed">{t(`weekday.${weekdayOf(d.date) as 0 | 1 | 2 | 3 | 4 | 5 | 6}`)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={d.working ? 'blue' : 'red'}>
                    {d.working ? t('calendar.makeup') : t('calendar.holiday')}
                  </Badge>
                </Table.Td>
                <Table.Td>{d.note}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" loading={busy === `flip-${d.date}`} onClick={() => void save(`flip-${d.date}`, { date: d.date, working: !d.working, ...(d.note ? { note: d.note } : {}) })} data-testid="calendar-flip">
                      {d.working ? t('calendar.toHoliday') : t('calendar.toMakeup')}
                    </Button>
                    <Tooltip label={t('calendar.reset')}>
                      <ActionIcon size="sm" variant="subtle" color="red" loading={busy === `reset-${d.date}`} onClick={() => void save(`reset-${d.date}`, { date: d.date, working: null })} aria-label={t('calendar.reset')} data-testid="calendar-reset">
                        ×
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
