// 登记案件: source, category (部件/事件 → large → subcategory, with its time limit), the
// place (a click on the map or a search hit; the grid and address found there), the
// description, photos and the reporter. On submit: case.report, then the possible
// duplicates are shown for a decision (merge or register) before the case is registered.
// Field errors follow the one form-error rule (actions/formErrorRule.ts): the shared schema
// checks the form as it changes, so an error shown after a submit goes once it is fixed. The
// schema loads after the panel (useCaseSchemas); a submit before it is here waits for it.
import { Alert, Box, Button, Cascader, CloseButton, Group, ScrollArea, SegmentedControl, Input, Stack, Text, TextInput, Badge } from '@mantine/core';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { CaseReportResult, SubcategoryNode } from '../../../shared/cases';
import { CASE_SOURCES, type CaseSource } from '../../../shared/domain';
import { gridLabel } from '../../../shared/gridLabel';
import { TEXT_LIMITS } from '../../../shared/vocab/inputRules';
import type { LngLat, PlaceAt, SearchHit } from '../../../shared/views';
import { api } from '../../api/api';
import { errorMessage } from '../../api/errorMessage';
import { useLocale } from '../../i18n/LocaleProvider';
import { SearchBox } from '../../search/SearchBox';
import { consoleColors } from '../../theme/consoleColors';
import { CountedTextarea } from '../actions/CountedTextarea';
import { checkLocally, formErrors, type FormErrors } from '../actions/fieldErrors';
import { useFormErrors } from '../actions/useFormErrors';
import { categoryIdOf, intakeOptions, intakePath } from '../categoryOptions';
import { loadCaseSchemas, useCaseSchemas } from '../useCaseSchemas';
import { findSubcategory, useCategories } from '../useCategories';
import { DuplicateChoice } from './DuplicateChoice';
import type { PickedPhoto } from './photoFiles';
import { PhotoPicker } from './PhotoPicker';
import { useNearbyDuplicates } from './useNearbyDuplicates';

interface Props {
  pin: LngLat | null;
  onPin: (at: LngLat | null) => void;
  onLocate: (center: LngLat) => void;
  onClose: () => void;
  /** The report is in and decided: open this case (registered, or the one it was merged into). */
  onFinished: (caseId: number, message: string, tone: 'ok' | 'error') => void;
}

const FIELDS = ['source', 'categoryId', 'lng', 'lat', 'buildingId', 'address', 'description', 'reporterName', 'reporterPhone', 'photos'] as const;

type Place = { status: 'idle' } | { status: 'looking' } | { status: 'found'; place: PlaceAt } | { status: 'error'; message: string };

export function IntakePanel({ pin, onPin, onLocate, onClose, onFinished }: Props) {
  const { t, tOpen } = useLocale();
  const tree = useCategories();
  const [source, setSource] = useState<CaseSource>('patrol');
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [address, setAddress] = useState('');
  const [addressEdited, setAddressEdited] = useState(false);
  const [description, setDescription] = useState('');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [reporterName, setReporterName] = useState('');
  const [reporterPhone, setReporterPhone] = useState('');
  const [place, setPlace] = useState<Place>({ status: 'idle' });
  const [general, setGeneral] = useState<Pick<FormErrors, 'general' | 'technical'>>({ general: null, technical: null });
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<CaseReportResult | null>(null);
  const chosen = findSubcategory(tree, categoryId);
  const nearby = useNearbyDuplicates(report ? null : categoryId, pin);

  const limitText = (value: number, unit: SubcategoryNode['limitUnit']) => t(`limit.${unit}`, { n: value });
  const options = useMemo(() => (tree ? intakeOptions(tree, (c) => t(`caseClass.${c}`), limitText) : []), [tree, t]);

  // Where the pin lands: its grid, and the nearest building's address unless one was typed.
  useEffect(() => {
    if (!pin) {
      setPlace({ status: 'idle' });
      return;
    }
    let live = true;
    setPlace({ status: 'looking' });
    api.call('place.at', { lng: pin[0], lat: pin[1] }).then(
      (found) => {
        if (!live) return;
        setPlace({ status: 'found', place: found });
        if (!addressEdited && found.address) setAddress(found.address);
      },
      (e: unknown) => live && setPlace({ status: 'error', message: errorMessage(e, t) }),
    );
    return () => {
      live = false;
    };
    // The address is prefilled once per pin; typing in it must not trigger a new lookup.
  }, [pin?.[0], pin?.[1]]);

  const onSearchPick = (hit: SearchHit) => {
    onPin(hit.center);
    onLocate(hit.center);
  };

  // The report as it stands: checked on every change, sent as it is.
  const input = useMemo(
    () => ({
      source,
      categoryId: categoryId ?? 0,
      lng: pin?.[0],
      lat: pin?.[1],
      // The building found at the pin (in the pin's grid); the core checks it lies there.
      ...(place.status === 'found' && place.place.buildingId !== null ? { buildingId: place.place.buildingId } : {}),
      ...(address.trim() ? { address } : {}),
      description,
      ...(reporterName.trim() ? { reporterName } : {}),
      ...(reporterPhone.trim() ? { reporterPhone } : {}),
      ...(photos.length ? { photos: photos.map(({ name, mime, dataBase64 }) => ({ name, mime, dataBase64 })) } : {}),
    }),
    [source, categoryId, pin, place, address, description, reporterName, reporterPhone, photos],
  );
  const schemas = useCaseSchemas();
  const local = useMemo(() => (schemas ? checkLocally(schemas.caseReportInput, input, tOpen, t) : null), [schemas, input, tOpen, t]);
  const outside = place.status === 'found' && place.place.grid === null;
  const invalid = useMemo(() => ({ ...(!local || local.ok ? {} : local.fields), ...(outside ? { lng: t('intake.outsideStreet') } : {}) }), [local, outside, t]);
  const fieldErrors = useFormErrors(invalid, input);
  const errors: FormErrors = { fields: fieldErrors.fields, ...general };
  const left = (field: string) => () => fieldErrors.left(field);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    fieldErrors.attempted();
    setGeneral({ general: null, technical: null });
    const checked = local ?? checkLocally((await loadCaseSchemas()).caseReportInput, input, tOpen, t);
    if (!checked.ok || Object.keys(invalid).length > 0) return;
    setBusy(true);
    try {
      const result = await api.call('case.report', checked.value);
      if (result.duplicates.length > 0) setReport(result);
      else await register(result);
    } catch (error) {
      const refused = formErrors(error, t, tOpen, FIELDS);
      fieldErrors.refused(refused.fields, input);
      setGeneral({ general: refused.general, technical: refused.technical });
    } finally {
      setBusy(false);
    }
  };

  const register = async (result: CaseReportResult) => {
    try {
      await api.call('case.act', { caseId: result.caseId, action: 'register' });
      onFinished(result.caseId, t('dispatch.flash.registered', { code: result.code }), 'ok');
    } catch (error) {
      // Reported but not registered: it waits in 待立案; open it so it can be registered there.
      onFinished(result.caseId, t('intake.reportedOnly', { code: result.code, message: errorMessage(error, t) }), 'error');
    }
  };

  const merge = async (result: CaseReportResult, intoCaseId: number, intoCode: string) => {
    await api.call('case.act', { caseId: result.caseId, action: 'merge', intoCaseId });
    onFinished(intoCaseId, t('intake.merged', { code: result.code, into: intoCode }), 'ok');
  };

  const locationError = errors.fields.lng ?? errors.fields.lat ?? errors.fields.buildingId;

  return (
    <Box data-testid="intake-panel" data-step={report ? 'duplicates' : 'form'} style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Group gap={8} px="md" py={10} wrap="nowrap" justify="space-between" style={{ borderBottom: `1px solid ${consoleColors.panelBorder}` }}>
        <Text fw={700} fz="lg">
          {t('intake.title')}
        </Text>
        <CloseButton onClick={onClose} aria-label={t('common.close')} data-testid="intake-close" />
      </Group>
      <ScrollArea style={{ flex: 1 }} type="auto">
        {report ? (
          <Box p="md">
            <DuplicateChoice report={report} onRegister={() => register(report)} onMerge={(id, code) => merge(report, id, code)} onOpen={onLocate} />
          </Box>
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap={12} p="md">
              <Input.Wrapper label={t('intake.source')} withAsterisk error={errors.fields.source}>
                <SegmentedControl
                  mt={4}
                  fullWidth
                  size="xs"
                  value={source}
                  onChange={(v) => setSource(v as CaseSource)}
                  data={CASE_SOURCES.map((s) => ({ value: s, label: t(`caseSource.${s}`) }))}
                  data-testid="intake-source"
                />
              </Input.Wrapper>
              <div>
                <Cascader
                  size="xs"
                  label={t('intake.category')}
                  withAsterisk
                  placeholder={tree ? t('intake.categoryPlaceholder') : t('common.loading')}
                  data={options}
                  value={tree ? intakePath(tree, categoryId) : null}
                  onChange={(path) => {
                    const id = categoryIdOf(path);
                    setCategoryId(id !== null && findSubcategory(tree, id) ? id : null);
                  }}
                  searchable
                  clearable
                  closeOnSelect
                  expandTrigger="hover"
                  separator=" / "
                  columnWidth={150}
                  maxDropdownHeight={320}
                  error={errors.fields.categoryId}
                  onBlur={left('categoryId')}
                  data-testid="intake-category"
                />
                {chosen && (
                  <Group gap={6} mt={4} data-testid="intake-category-limit">
                    <Badge size="sm" variant="light" color="command">
                      {t('intake.timeLimit', { limit: limitText(chosen.sub.limitValue, chosen.sub.limitUnit) })}
                    </Badge>
                    <Text fz="xs" c="dimmed">
                      {chosen.sub.dispatchTo === 'owner' && chosen.sub.ownerDepartmentName
                        ? t('intake.ownerFirst', { department: chosen.sub.ownerDepartmentName })
                        : t('intake.territoryFirst')}
                    </Text>
                  </Group>
                )}
              </div>
              <Input.Wrapper label={t('intake.location')} withAsterisk description={t('intake.locationHint')} error={locationError}>
                <Stack gap={6} mt={4}>
                  <SearchBox onPick={onSearchPick} />
                  <Box
                    data-testid="intake-place"
                    data-status={place.status}
                    p={8}
                    style={{ border: `1px dashed ${pin ? 'var(--mantine-color-command-4)' : 'var(--mantine-color-gray-4)'}`, borderRadius: 4, background: pin ? 'var(--mantine-color-command-0)' : undefined }}
                  >
                    {!pin && (
                      <Text fz="xs" c="dimmed">
                        {t('intake.noPin')}
                      </Text>
                    )}
                    {pin && (
                      <Group gap={6} justify="space-between" wrap="nowrap">
                        <div style={{ minWidth: 0 }}>
                          <Text fz="sm" fw={600} data-testid="intake-grid">
                            {place.status === 'found'
                              ? place.place.grid
                                ? gridLabel(place.place.grid)
                                : t('intake.outsideStreet')
                              : place.status === 'error'
                                ? place.message
                                : t('common.loading')}
                          </Text>
                          <Text fz="xs" c="dimmed" className="tabular">
                            {pin[0].toFixed(6)}, {pin[1].toFixed(6)}
                          </Text>
                        </div>
                        <Button size="xs" variant="subtle" color="gray" onClick={() => onPin(null)}>
                          {t('intake.clearPin')}
                        </Button>
                      </Group>
                    )}
                  </Box>
                  {nearby.length > 0 && (
                    <Alert color="yellow" p={6} data-testid="intake-nearby">
                      <Text fz="xs">{t('intake.nearbyHint', { count: nearby.length })}</Text>
                    </Alert>
                  )}
                </Stack>
              </Input.Wrapper>
              <TextInput
                size="xs"
                label={t('intake.address')}
                placeholder={t('intake.addressPlaceholder')}
                value={address}
                onChange={(e) => {
                  setAddress(e.currentTarget.value);
                  setAddressEdited(true);
                }}
                error={errors.fields.address}
                onBlur={left('address')}
                maxLength={TEXT_LIMITS.address}
                data-testid="intake-address"
              />
              <CountedTextarea
                size="xs"
                label={t('intake.description')}
                withAsterisk
                placeholder={t('intake.descriptionPlaceholder')}
                value={description}
                onChange={setDescription}
                error={errors.fields.description}
                onBlur={left('description')}
                autosize
                minRows={3}
                maxRows={8}
                limit={TEXT_LIMITS.description}
                testId="intake-description"
              />
              <PhotoPicker photos={photos} onChange={setPhotos} error={errors.fields.photos} />
              <Group gap={8} grow>
                <TextInput size="xs" label={t('intake.reporterName')} value={reporterName} onChange={(e) => setReporterName(e.currentTarget.value)} error={errors.fields.reporterName} onBlur={left('reporterName')} maxLength={TEXT_LIMITS.name} data-testid="intake-reporter-name" />
                <TextInput
                  size="xs"
                  label={t('intake.reporterPhone')}
                  value={reporterPhone}
                  onChange={(e) => setReporterPhone(e.currentTarget.value)}
                  error={errors.fields.reporterPhone}
                  onBlur={left('reporterPhone')}
                  inputMode="tel"
                  data-testid="intake-reporter-phone"
                />
              </Group>
              {errors.general && (
                <Alert color="red" p={8} data-testid="intake-error">
                  {errors.general}
                </Alert>
              )}
              <Group justify="flex-end" gap={6}>
                <Button size="xs" variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button size="xs" type="submit" loading={busy} data-testid="intake-submit">
                  {t('intake.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </ScrollArea>
    </Box>
  );
}
