// 走访规则 (administrators): every how many days each visitor visits each kind of care
// resident (empty: not at all), and k, the smallest figure shared screens may show.
import { Alert, Button, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { CARE_EVERY_DAYS_MAX, CARE_VISITORS, SMALL_NUMBER_K_MAX, SMALL_NUMBER_K_MIN, type CareVisitor } from '../../shared/vocab/care';
import { RESIDENT_TAGS, type ResidentTag } from '../../shared/domain';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import type { CareTabContext } from './careTabs';

type Draft = Record<string, number | ''>;
const keyOf = (tag: ResidentTag, visitor: CareVisitor) => `${tag}:${visitor}`;

export function RulesTab({ user }: CareTabContext) {
  const t = useT();
  const [reload, setReload] = useState(0);
  const settings = useApiQuery('care.settings', {}, reload);
  const [draft, setDraft] = useState<Draft>({});
  const [k, setK] = useState<number | ''>(5);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const admin = user.role === 'admin';
  useEffect(() => {
    if (settings.status !== 'ok') return;
    const next: Draft = {};
    for (const r of settings.data.rules) next[keyOf(r.tag, r.visitor)] = r.everyDays;
    setDraft(next);
    setK(settings.data.smallNumberK);
  }, [settings]);

  const save = async () => {
    setMessage(null);
    const rules = RESIDENT_TAGS.flatMap((tag) => CARE_VISITORS.map((visitor) => ({ tag, visitor, everyDays: draft[keyOf(tag, visitor)] === '' || draft[keyOf(tag, visitor)] === undefined ? null : Number(draft[keyOf(tag, visitor)]) })));
    try {
      await api.call('care.saveSettings', { rules, ...(k === '' ? {} : { smallNumberK: k }) });
      setMessage({ ok: true, text: t('care.rules.saved') });
      setReload((n) => n + 1);
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e, t) });
    }
  };

  return (
    <Stack gap="md" p="md" maw={720} data-testid="care-rules">
      <Title order={5}>{t('care.rules.title')}</Title>
      <Text fz="xs" c="dimmed">{t('care.rules.hint')}</Text>
      {!admin && <Alert color="gray">{t('care.rules.adminOnly')}</Alert>}
      <Table fz="sm" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('care.col.tags')}</Table.Th>
            {CARE_VISITORS.map((v) => (
              <Table.Th key={v}>{t(`care.visitor.${v}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {RESIDENT_TAGS.map((tag) => (
            <Table.Tr key={tag}>
              <Table.Td fw={600}>{t(`residentTag.${tag}`)}</Table.Td>
              {CARE_VISITORS.map((v) => (
                <Table.Td key={v}>
                  <NumberInput
                    size="xs"
                    w={110}
                    min={1}
                    max={CARE_EVERY_DAYS_MAX}
                    allowDecimal={false}
                    disabled={!admin}
                    value={draft[keyOf(tag, v)] ?? ''}
                    onChange={(value) => setDraft({ ...draft, [keyOf(tag, v)]: typeof value === 'number' ? value : '' })}
                    data-testid={`care-rule-${tag}-${v}`}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <NumberInput label={t('care.rules.k')} description={t('care.rules.kHint')} w={320} min={SMALL_NUMBER_K_MIN} max={SMALL_NUMBER_K_MAX} allowDecimal={false} disabled={!admin} value={k} onChange={(v) => setK(typeof v === 'number' ? v : '')} data-testid="care-k" />
      {message && <Alert color={message.ok ? 'teal' : 'red'}>{message.text}</Alert>}
      {admin && (
        <Group>
          <Button onClick={() => void save()} data-testid="care-rules-save">{t('care.rules.save')}</Button>
        </Group>
      )}
    </Stack>
  );
}
