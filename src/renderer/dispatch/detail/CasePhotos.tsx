// The case's photos: fetched (base64) only when the case has any, shown as thumbnails,
// one enlarged on click.
import { Group, Image, Loader, Modal, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CaseAttachmentView } from '../../../shared/cases';
import type { CaseDetail } from '../../../shared/views';
import { api } from '../../api/api';
import { useT } from '../../i18n/LocaleProvider';

const dataUrl = (a: CaseAttachmentView) => `data:${a.mime};base64,${a.dataBase64}`;

export function CasePhotos({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const [photos, setPhotos] = useState<CaseAttachmentView[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [zoomed, setZoomed] = useState<CaseAttachmentView | null>(null);
  const count = detail.attachments.length;
  const ids = detail.attachments.map((a) => a.id).join(',');

  useEffect(() => {
    if (count === 0) return;
    let live = true;
    setPhotos(null);
    setFailed(false);
    api.call('case.attachments', { caseId: detail.id }).then(
      (p) => live && setPhotos(p),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [detail.id, ids, count]);

  if (count === 0) return null;
  return (
    <>
      <Group gap={6} data-testid="case-photos">
        {!photos && !failed && <Loader size="xs" />}
        {failed && (
          <Text fz="xs" c="red">
            {t('detail.photosFailed')}
          </Text>
        )}
        {photos?.map((p) => (
          <UnstyledButton key={p.id} onClick={() => setZoomed(p)} aria-label={p.name} data-testid="case-photo">
            <Image src={dataUrl(p)} alt={p.name} w={92} h={92} fit="cover" radius="sm" style={{ border: '1px solid var(--mantine-color-gray-3)' }} />
          </UnstyledButton>
        ))}
      </Group>
      <Modal opened={zoomed !== null} onClose={() => setZoomed(null)} title={zoomed?.name} size="xl" centered>
        {zoomed && <Image src={dataUrl(zoomed)} alt={zoomed.name} fit="contain" mah="75vh" />}
      </Modal>
    </>
  );
}
