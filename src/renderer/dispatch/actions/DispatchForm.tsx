// 派遣 and 改派: the suggested handler comes pre-selected (with why it was suggested and
// its open workload), the alternatives one click away, anyone else by search; 派遣 may add
// co-departments for joint handling (会商联办); 改派 needs a reason.
import { Badge, Group, MultiSelect, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { Assignee, AssigneeOption, HandlerSuggestion, RecordedCaseDetail } from '../../../shared/cases';
import { api } from '../../api/api';
import { errorMessage } from '../../api/errorMessage';
import { useT } from '../../i18n/LocaleProvider';
import { AssigneeDetail } from '../../i18n/Vocabulary';
import { TEXT_LIMITS } from '../../../shared/vocab/inputRules';
import { ActionFormShell } from './ActionFormShell';
import { CountedTextarea } from './CountedTextarea';
import { AssigneeSelect } from './AssigneeSelect';
import { assigneeKey } from './useAssignees';
import { useAssignees } from './useAssignees';
import { useActSubmit } from './useActSubmit';

const MAX_ALTERNATIVES = 4;

interface Props {
  detail: RecordedCaseDetail;
  action: 'dispatch' | 'reassign';
  onDone: (updated: RecordedCaseDetail) => void;
  onCancel: () => void;
}

export function DispatchForm({ detail, action, onDone, onCancel }: Props) {
  const t = useT();
  const [suggestion, setSuggestion] = useState<HandlerSuggestion | null>(null);
  const [suggestError, setSuggestError] = useState<string | null>(null);
  const { options } = useAssignees(detail.grid.id);
  const [choice, setChoice] = useState<Assignee | null>(null);
  const [coDepartmentIds, setCoDepartmentIds] = useState<string[]>([]);
  const [note, setNote] = useState('');

  useEffect(() => {
    let live = true;
    api.call('case.suggest', { caseId: detail.id }).then(
      (s) => {
        if (!live) return;
        setSuggestion(s);
        // 改派 goes to someone else: the current handler is not pre-selected again.
        const current = detail.assigneeRef;
        const first = [s.suggested, ...s.alternatives.slice(0, MAX_ALTERNATIVES)].find((o) => action === 'dispatch' || !current || assigneeKey(o) !== assigneeKey(current));
        setChoice((c) => c ?? (first ? { kind: first.kind, id: first.id } : null));
      },
      (e: unknown) => live && setSuggestError(errorMessage(e, t)),
    );
    return () => {
      live = false;
    };
  }, [detail.id, detail.assigneeRef, action, t]);

  // The suggestion and a few alternatives as radios; everyone else is in the search below.
  const offered: AssigneeOption[] = useMemo(() => (suggestion ? [suggestion.suggested, ...suggestion.alternatives.slice(0, MAX_ALTERNATIVES)] : []), [suggestion]);
  const offeredKeys = new Set(offered.map(assigneeKey));
  const choiceKey = choice ? assigneeKey(choice) : null;
  const departments = useMemo(
    () => (options ?? []).filter((o) => o.kind === 'department' && (!choice || assigneeKey(o) !== choiceKey)).map((o) => ({ value: String(o.id), label: o.name })),
    [options, choice, choiceKey],
  );

  const base = { caseId: detail.id, action, assignee: choice ?? undefined };
  const input =
    action === 'dispatch' ? { ...base, ...(coDepartmentIds.length ? { coDepartmentIds: coDepartmentIds.map(Number) } : {}), ...(note.trim() ? { note } : {}) } : { ...base, note };
  const { submit, busy, errors, left } = useActSubmit(onDone, input);
  const send = () => void submit(input, action === 'dispatch' ? ['assignee', 'coDepartmentIds', 'note'] : ['assignee', 'note']);

  return (
    <ActionFormShell action={action} busy={busy} errors={errors} onSubmit={send} onCancel={onCancel}>
      <Radio.Group
        label={t('dispatchForm.handler')}
        withAsterisk
        value={choiceKey && offeredKeys.has(choiceKey) ? choiceKey : null}
        onChange={(key) => {
          const o = offered.find((x) => assigneeKey(x) === key);
          if (o) setChoice({ kind: o.kind, id: o.id });
        }}
        error={errors.fields.assignee}
      >
        <Stack gap={4} mt={4} data-testid="dispatch-options">
          {!suggestion && !suggestError && (
            <Text fz="xs" c="dimmed">
              {t('dispatchForm.suggesting')}
            </Text>
          )}
          {suggestError && (
            <Text fz="xs" c="red">
              {suggestError}
            </Text>
          )}
          {offered.map((o, i) => (
            <div key={assigneeKey(o)} data-testid={i === 0 ? 'dispatch-suggested' : 'dispatch-alternative'} data-name={o.name}>
              <Radio
                value={assigneeKey(o)}
                size="xs"
                label={
                  <Group gap={6} wrap="nowrap">
                    <Text fz="sm" fw={i === 0 ? 700 : 500} data-field="">
                      {o.name}
                    </Text>
                    {i === 0 && suggestion && (
                      <Badge size="xs" variant="light" color="teal">
                        {t(`suggestBasis.${suggestion.basis}`)}
                      </Badge>
                    )}
                    <Text fz="xs" c={o.openWorkload >= 10 ? 'orange.8' : 'dimmed'} className="tabular">
                      {t('assignee.workload', { count: o.openWorkload })}
                    </Text>
                  </Group>
                }
                description={<AssigneeDetail option={o} />}
              />
            </div>
          ))}
        </Stack>
      </Radio.Group>
      <AssigneeSelect
        options={options}
        value={choice && !offeredKeys.has(assigneeKey(choice)) ? choice : null}
        onChange={(a) => a && setChoice(a)}
        label={t('dispatchForm.other')}
        placeholder={t('dispatchForm.otherPlaceholder')}
        testId="dispatch-other"
      />
      {action === 'dispatch' && (
        <MultiSelect
          size="xs"
          label={t('dispatchForm.coDepartments')}
          placeholder={coDepartmentIds.length ? undefined : t('dispatchForm.coDepartmentsHint')}
          data={departments}
          value={coDepartmentIds}
          onChange={setCoDepartmentIds}
          searchable
          clearable
          maxValues={6}
          error={errors.fields.coDepartmentIds}
          data-testid="dispatch-co-departments"
        />
      )}
      <CountedTextarea
        size="xs"
        label={action === 'reassign' ? t('actionNote.reassign') : t('actionNote.default')}
        withAsterisk={action === 'reassign'}
        value={note}
        onChange={setNote}
        error={errors.fields.note}
        onBlur={() => left('note')}
        autosize
        minRows={1}
        limit={TEXT_LIMITS.note}
        testId="action-note"
      />
    </ActionFormShell>
  );
}
