// GIS 导入导出 (administrators, user menu): importing boundaries, footprints and facilities
// from the district's files, and exporting layers for the district's GIS office.
import { Modal, Tabs } from '@mantine/core';
import type { GisLayer } from '../../shared/gis';
import { useT } from '../i18n/LocaleProvider';
import { GisExportPane } from './GisExportPane';
import { GisImportPane } from './GisImportPane';

/** `layer`: the layer the import starts on (the new-street checklist opens it on its step's). */
export function GisModal({ opened, onClose, layer }: { opened: boolean; onClose: () => void; layer?: GisLayer }) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t('gis.title')} centered size={1080} data-testid="gis-modal">
      <Tabs defaultValue="import" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="import" data-testid="gis-tab-import">{t('gis.tab.import')}</Tabs.Tab>
          <Tabs.Tab value="export" data-testid="gis-tab-export">{t('gis.tab.export')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="import"><GisImportPane initialLayer={layer} /></Tabs.Panel>
        <Tabs.Panel value="export"><GisExportPane /></Tabs.Panel>
      </Tabs>
    </Modal>
  );
}
