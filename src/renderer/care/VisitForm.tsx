// 记录走访: the visit form for one resident — who went (楼栋长 / 网格员 / 社区), in person or by
// phone, what they found, and optionally a case for what they raised. The core checks it all
// again; its refusal shows in the dialog, naming the field.
import { Alert, Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { VisitMode, VisitRecorded } from '../../shared/care';
import { CARE_VISITORS, type CareVisitor } from '../../shared/vocab/care';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useCategories } from '../dispatch/useCategories';
import { useT } from '../i18n/LocaleProvider';

interface Props {
  resident: { residentId: number; name: string };
  visitor?: CareVisitor | undefined;
  onClose: () => void;
  onSaved: (recorded: VisitRecorded) => void;
}

export function VisitForm({ resident, visitor: initialVisitor, onClose, onSaved }: Props) {
  const t = useT();
  const categories = useCategories();
  const [visitor, setVisitor] = useState<CareVisitor>(initialVisitor ?? 'grid_worker');
  const [mode, setMode] = useState<VisitMode>('in_person');
  const [visitorName, setVisitorName] = useState('');
  const [findings, setFindings] = useState('');
  const [raise, setRaise] = useState(false);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const subcategories = useMemo(
    () => (categories ?? []).map((large) => ({ group: large.name, items: large.children.map((c) => ({ value: String(c.id), label: c.name })) })),
    [categories],
  );

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const recorded = await api.call('care.recordVisit', {
        residentId: resident.residentId,
        visitor,
        mode,
        findings,
        ...(visitorName.trim() ? { visitorName: visitorName.trim() } : {}),
        ...(raise && categoryId ? { raiseCase: { categoryId: Number(categoryId), description } } : {}),
      });
      onSaved(recorded);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('care.form.title', { name: resident.name })} size="lg" data-testid="visit-form">
      <Stack gap="sm">
        <SegmentedControl
          value={visitor}
          onChange={(v) => setVisitor(v as CareVisitor)}
          data={CARE_VISITORS.map((v) => ({ value: v, label: <span data-testid={`visit-visitor-${v}`}>{t(`care.visitor.${v}`)}</span> }))}
          aria-label={t('care.form.visitor')}
        />
        <TextInput label={t('care.form.visitorName')} description={t('care.form.visitorNameHint')} value={visitorName} onChange={(e) => setVisitorName(e.currentTarget.value)} maxLength={50} data-testid="visit-visitor-name" />
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as VisitMode)}
          data={(['in_person', 'phone'] as const).map((m) => ({ value: m, label: t(`care.visitMode.${m}`) }))}
          aria-label={t('care.form.mode')}
        />
        <Textarea label={t('care.form.findings')} placeholder={t('care.form.findingsPlaceholder')} value={findings} onChange={(e) => setFindings(e.currentTarget.value)} autosize minRows={3} maxLength={2000} data-testid="visit-findings" />
        <Checkbox label={t('care.form.raise')} checked={raise} onChange={(e) => setRaise(e.currentTarget.checked)} data-testid="visit-raise" />
        {raise && (
          <>
            <Select label={t('care.form.category')} data={subcategories} value={categoryId} onChange={setCategoryId} searchable data-testid="visit-category" />
            <Textarea label={t('care.form.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} maxLength={2000} data-testid="visit-description" />
          </>
        )}
        {error && (
          <Alert color="red" data-testid="visit-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('care.form.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={raise && !categoryId} data-testid="visit-save">
            {t('care.form.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
