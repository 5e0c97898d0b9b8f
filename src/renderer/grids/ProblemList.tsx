// The validator's findings: for the draft (live) or for the whole street (on demand).
// Clicking one flies the map there and outlines it.
import { Badge, Button, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import type { GridProblem, StreetValidation } from '../../shared/gridEdit';
import { ADVISORY_PROBLEMS, OVERRIDABLE_PROBLEMS } from '../../shared/vocab/gridEdit';
import { useT } from '../i18n/LocaleProvider';
import { problemFigures, problemTitle } from './problemLabel';
import type { GridEditor } from './useGridEditor';

const MAX_SHOWN = 60;

function StreetResult({ street }: { street: StreetValidation }) {
  const t = useT();
  const faults = street.problems.filter((p) => !ADVISORY_PROBLEMS.includes(p.kind)).length;
  const notes = street.problems.length - faults;
  return (
    <Text fz="xs" c={faults ? 'red' : 'teal'} fw={600} data-testid="street-result" data-clean={faults === 0 ? 'true' : 'false'}>
      {faults ? t('gridEdit.validatedProblems', { count: faults }) : t('gridEdit.validatedClean', { grids: street.grids })}
      {notes > 0 && ` ${t('gridEdit.validatedNotes', { count: notes })}`}
    </Text>
  );
}

export function ProblemList({ editor, labelOf, onFocus }: { editor: GridEditor; labelOf: (id: number) => string; onFocus: (p: GridProblem) => void }) {
  const t = useT();
  const { problems, problemSource, street } = editor;
  const busy = problemSource === 'draft' ? editor.checking : editor.validating;
  const severe = (p: GridProblem) => p.kind === 'selfIntersection' || OVERRIDABLE_PROBLEMS.includes(p.kind);
  return (
    <Stack gap={6} data-testid="problems" data-source={problemSource} data-count={problems.length} data-busy={busy ? 'true' : 'false'}>
      <Group justify="space-between">
        <Group gap={6}>
          {busy && <Loader size={12} />}
          {problemSource === 'street' && street && <StreetResult street={street} />}
          {problemSource === 'draft' && !busy && problems.length === 0 && editor.preview && (
            <Text fz="xs" c="teal" data-testid="draft-clean">
              {t('gridEdit.problemsNone')}
            </Text>
          )}
        </Group>
        <Button size="compact-xs" variant="light" onClick={editor.validateStreet} loading={editor.validating} disabled={editor.ops.length > 0} data-testid="validate-street">
          {t('gridEdit.validateStreet')}
        </Button>
      </Group>
      {problems.slice(0, MAX_SHOWN).map((p, i) => (
        <UnstyledButton
          key={i}
          onClick={() => onFocus(p)}
          data-testid="problem"
          data-kind={p.kind}
          style={{
            padding: '4px 8px',
            borderRadius: 4,
            border: `1px solid ${editor.focused === i ? '#c2255c' : '#e9ecef'}`,
            background: severe(p) ? '#fff5f5' : '#fff9db',
          }}
        >
          <Group justify="space-between" wrap="nowrap" gap={6}>
            <Text fz="xs" fw={600}>
              {problemTitle(p, t)}
            </Text>
            <Group gap={4} wrap="nowrap">
              {p.gridIds.slice(0, 3).map((id) => (
                <Badge key={id} size="xs" variant="outline">
                  {labelOf(id)}
                </Badge>
              ))}
            </Group>
          </Group>
          <Text fz={11} c="dimmed">
            {problemFigures(p, t)}
          </Text>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
