// 变更记录 of one record (record.history): each change newest first with who made it and
// when, field by field before → after as the role may see them (a hidden field says only that
// it changed), and the record's status changes.
import { Alert, Loader, Stack, Text } from '@mantine/core';
import type { FieldChangeView, HistoryValue, RecordKind } from '../../shared/registers';
import { useApiQuery } from '../api/useApiQuery';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import type { Translate } from '../i18n/translate';
import { ChangeCard } from './ChangeCard';
import { useRegisterChanged } from './useRegisterChanged';

const ACTIONS = ['add', 'return', 'update', 'move', 'leave', 'assign', 'replace', 'vacate', 'create', 'open', 'status'] as const;
type KnownAction = (typeof ACTIONS)[number];
function isKnown(a: string): a is KnownAction {
  return (ACTIONS as readonly string[]).includes(a);
}

/** Actions of the registers edited beyond the building drawer (organisations, reference data). */
const MORE_ACTIONS = ['dissolve', 'coverage', 'deactivate', 'handler', 'join', 'transferIn', 'transferOut'] as const;

function actionWord(action: string, t: Translate): string {
  if (isKnown(action)) return t(`registers.action.${action}`);
  const more = MORE_ACTIONS.find((a) => a === action);
  return more ? t(`registerEdit.action.${more}`) : action;
}

const STATUSES = ['registered', 'moved_out', 'deceased', 'occupied', 'vacant', 'serving', 'vacated', 'open', 'suspended', 'closed'] as const;
const MORE_STATUSES = ['founded', 'dissolved', 'active', 'deactivated'] as const;
function statusWord(status: string, t: Translate): string {
  const known = STATUSES.find((s) => s === status);
  if (known) return t(`registers.recordStatus.${known}`);
  const more = MORE_STATUSES.find((s) => s === status);
  return more ? t(`registerEdit.recordStatus.${more}`) : status;
}

/** The form's own words for the fields it edits; any other field by its name. */
const FIELD_WORDS = ['name', 'idNumber', 'birthDate', 'gender', 'phone', 'relation', 'tags', 'parentId', 'level', 'category', 'employees', 'creditGrade'] as const;
function fieldWord(field: string, t: Translate): string {
  // A record's own status (营业 → 歇业), not a resident's 去向.
  if (field === 'status') return t('registers.field.recordStatus');
  const known = FIELD_WORDS.find((f) => f === field);
  if (known) return t(`registers.field.${known}`);
  const more = MORE_FIELD_WORDS.find((f) => f === field);
  return more ? t(`registerEdit.field.${more}`) : field;
}

/** Fields of the households, organisations and reference data edited beyond the resident form. */
const MORE_FIELD_WORDS = [
  'unit', 'floor', 'room', 'tenure', 'buildingId', 'householdId', 'orgId', 'coverage', 'members', 'handler', 'code', 'caseClass',
  'limitValue', 'limitUnit', 'version', 'ownerDepartmentId', 'dispatchTo', 'kind', 'address', 'openHours', 'secretaryName', 'secretaryPhone',
  'rating', 'underRectification', 'joinedOn', 'reportCommunityId', 'residentId', 'gridId', 'location', 'legalRep', 'uscc',
] as const;

/** A value as stored, ids named by the core's labels (a household's address, a building's name). */
function valueText(v: HistoryValue, labels: Record<string, string> = {}): string {
  if (v === null) return '—';
  if (Array.isArray(v)) return v.map((e) => labels[e] ?? e).join('、') || '—';
  return labels[String(v)] ?? String(v);
}

function fieldValue(f: FieldChangeView, v: HistoryValue, t: Translate, valueWords?: ValueWords): string {
  if (f.field === 'status' && typeof v === 'string') return statusWord(v, t);
  if (f.labels && v !== null && (Array.isArray(v) || f.labels[String(v)] !== undefined)) return valueText(v, f.labels);
  return valueWords?.(f.field, v) ?? valueText(v);
}

/** Words for a field's stored value (an organisation's name for its parentId); undefined: as stored. */
export type ValueWords = (field: string, value: HistoryValue) => string | undefined;

export function RecordHistory({ kind, id, valueWords }: { kind: RecordKind; id: number; valueWords?: ValueWords }) {
  const t = useT();
  const query = useApiQuery('record.history', { kind, id }, useRegisterChanged());
  if (query.status === 'loading') return <Loader size="sm" />;
  if (query.status === 'error') {
    return (
      <Alert color="red" title={t('registers.historyFailed')}>
        {errorMessage(query.error, t)}
      </Alert>
    );
  }
  const h = query.data;
  if (h.changes.length === 0 && h.statuses.length === 0) {
    return (
      <Text fz="sm" c="dimmed" data-testid="history-empty">
        {t('registers.historyEmpty')}
      </Text>
    );
  }
  return (
    <Stack gap={8} data-testid="history-list">
      {h.changes.map((c) => (
        <ChangeCard
          key={c.id}
          testId="history"
          action={c.action}
          byLine={t('registers.historyBy', { user: c.userName ?? t('registers.historyUnknownUser'), action: actionWord(c.action, t) })}
          at={c.at}
          labelWidth={110}
          rows={c.changes.map((f) => ({
            field: f.field,
            label: fieldWord(f.field, t),
            text: f.hidden ? t('registers.historyHidden') : `${fieldValue(f, f.before, t, valueWords)} → ${fieldValue(f, f.after, t, valueWords)}`,
          }))}
        />
      ))}
      {h.statuses.map((s, i) => (
        <Text key={`s${i}`} fz="xs" c="dimmed" data-testid="history-status">
          {t('registers.historyStatus', { status: statusWord(s.status, t), date: s.onDate })} · {s.userName ?? t('registers.historyUnknownUser')}
          {s.note ? ` · ${s.note}` : ''}
        </Text>
      ))}
    </Stack>
  );
}
