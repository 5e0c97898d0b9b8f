// Recording a 楼栋工作日 visit: the cadre (a leader records their own), a building of the
// cadre's share, the day, households met, and each problem found with what it becomes — a
// case of a subcategory (made by the core there and then), a need or wish by its number, or a
// note. The core judges everything; this form shows its refusal as it words it.
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ProblemInput, VisitView } from '../../shared/buildingDays';
import { PROBLEM_OUTCOMES, type ProblemOutcome } from '../../shared/vocab/buildingDays';
import type { UserView } from '../../shared/views';
import { chinaIsoDate } from '../../shared/periods';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { officeNow } from '../session/officeClock';

interface ProblemDraft {
  outcome: ProblemOutcome;
  summary: string;
  ref: string | null;
}

export function RecordVisitModal({ user, initialBuilding, onClose, onRecorded }: { user: UserView; initialBuilding: number | null; onClose: () => void; onRecorded: (v: VisitView, at: { lng: number; lat: number } | null) => void }) {
  const t = useT();
  const own = user.role === 'leader';
  const [cadre, setCadre] = useState<string | null>(null);
  const [building, setBuilding] = useState<string | null>(initialBuilding === null ? null : String(initialBuilding));
  const [day, setDay] = useState(() => chinaIsoDate(officeNow()));
  const [households, setHouseholds] = useState<number>(5);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<ProblemDraft[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cadres = useApiQuery('buildingDay.cadres', own ? null : {});
  const share = useApiQuery('buildingDay.share', own ? {} : cadre === null ? null : { cadreId: Number(cadre) });
  const tree = useApiQuery('case.categories', problems.some((p) => p.outcome === 'case') ? {} : null);
  const subcategories = useMemo(
    () => (tree.status === 'ok' ? tree.data.flatMap((c) => c.children.map((s) => ({ value: String(s.id), label: `${c.name} · ${s.name}` }))) : []),
    [tree],
  );
  const setProblem = (i: number, p: Partial<ProblemDraft>) => setProblems((all) => all.map((x, j) => (j === i ? { ...x, ...p } : x)));
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const list: ProblemInput[] = problems.map((p) =>
        p.outcome === 'case'
          ? { outcome: 'case', summary: p.summary.trim(), categoryId: Number(p.ref ?? 0) }
          : p.outcome === 'need'
            ? { outcome: 'need', summary: p.summary.trim(), needId: Number(p.ref ?? 0) }
            : p.outcome === 'wish'
              ? { outcome: 'wish', summary: p.summary.trim(), wishId: Number(p.ref ?? 0) }
              : { outcome: 'note', summary: p.summary.trim() },
      );
      const v = await api.call('buildingDay.recordVisit', {
        ...(own ? {} : { cadreId: Number(cadre ?? 0) }),
        buildingId: Number(building ?? 0),
        visitedOn: day,
        householdsMet: households,
        ...(note.trim() ? { note: note.trim() } : {}),
        problems: list,
      });
      const b = share.status === 'ok' ? share.data.find((x) => x.buildingId === v.buildingId) : undefined;
      onRecorded(v, b ? { lng: b.lng, lat: b.lat } : null);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('buildingDay.record')} size="lg" data-testid="visit-modal">
      <Stack gap="xs">
        {!own && (
          <Select
            label={t('buildingDay.field.cadre')}
            data={cadres.status === 'ok' ? cadres.data.map((c) => ({ value: String(c.id), label: `${c.name} · ${t(`buildingDay.post.${c.post}`)}` })) : []}
            value={cadre}
            onChange={setCadre}
            searchable
            data-testid="visit-cadre"
          />
        )}
        <Select
          label={t('buildingDay.field.building')}
          data={share.status === 'ok' ? share.data.map((b) => ({ value: String(b.buildingId), label: `${b.buildingName} · ${b.gridName}` })) : []}
          value={building}
          onChange={setBuilding}
          searchable
          data-testid="visit-building"
        />
        <Group grow>
          <TextInput label={t('buildingDay.field.date')} type="date" value={day} onChange={(e) => setDay(e.currentTarget.value)} data-testid="visit-date" />
          <NumberInput label={t('buildingDay.field.households')} min={0} max={500} value={households} onChange={(v) => setHouseholds(typeof v === 'number' ? v : 0)} data-testid="visit-households" />
        </Group>
        <Textarea label={t('buildingDay.field.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} data-testid="visit-note" />
        <Group justify="space-between">
          <Text fw={600} fz="sm">
            {t('buildingDay.problems')}
          </Text>
          <Button size="xs" variant="light" onClick={() => setProblems((p) => [...p, { outcome: 'note', summary: '', ref: null }])} data-testid="visit-add-problem">
            {t('buildingDay.addProblem')}
          </Button>
        </Group>
        {problems.map((p, i) => (
          <Stack key={i} gap={4} p="xs" style={{ border: '1px solid #e9ecef', borderRadius: 4 }} data-testid={`visit-problem-${i}`}>
            <Group grow align="flex-end">
              <Select
                label={t('buildingDay.field.outcome')}
                data={PROBLEM_OUTCOMES.map((o) => ({ value: o, label: t(`buildingDay.outcome.${o}`) }))}
                value={p.outcome}
                onChange={(v) => v && setProblem(i, { outcome: v as ProblemOutcome, ref: null })}
                data-testid={`visit-problem-${i}-outcome`}
              />
              {p.outcome === 'case' && (
                <Select label={t('buildingDay.field.category')} data={subcategories} value={p.ref} onChange={(v) => setProblem(i, { ref: v })} searchable data-testid={`visit-problem-${i}-category`} />
              )}
              {(p.outcome === 'need' || p.outcome === 'wish') && (
                <TextInput label={t(p.outcome === 'need' ? 'buildingDay.field.needId' : 'buildingDay.field.wishId')} value={p.ref ?? ''} onChange={(e) => setProblem(i, { ref: e.currentTarget.value })} data-testid={`visit-problem-${i}-ref`} />
              )}
            </Group>
            <Group align="flex-end" wrap="nowrap">
              <TextInput style={{ flex: 1 }} label={t('buildingDay.field.summary')} value={p.summary} onChange={(e) => setProblem(i, { summary: e.currentTarget.value })} data-testid={`visit-problem-${i}-summary`} />
              <Button size="xs" variant="subtle" color="gray" onClick={() => setProblems((all) => all.filter((_, j) => j !== i))}>
                {t('buildingDay.removeProblem')}
              </Button>
            </Group>
          </Stack>
        ))}
        {error && (
          <Alert color="red" data-testid="visit-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('buildingDay.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void submit()} data-testid="visit-submit">
            {t('buildingDay.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
