// 应用维护 (administrators): the reference registers the dispatch runs on, edited here rather
// than in code: case categories and subcategories with their time limits (a limit edit is a
// new version: cases already reported keep theirs), departments with their handlers, and
// facilities. Each row opens its 变更记录 (who changed what, when).
import { Modal, Tabs } from '@mantine/core';
import { useT } from '../i18n/LocaleProvider';
import { CategoriesTab } from './CategoriesTab';
import { DepartmentsTab } from './DepartmentsTab';
import { FacilitiesTab } from './FacilitiesTab';

export function AdminModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t('admin.title')} size={1280} centered data-testid="admin-modal" styles={{ body: { minHeight: 640 } }}>
      {opened && (
        <Tabs defaultValue="categories" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="categories" data-testid="admin-tab-categories">
              {t('admin.tab.categories')}
            </Tabs.Tab>
            <Tabs.Tab value="departments" data-testid="admin-tab-departments">
              {t('admin.tab.departments')}
            </Tabs.Tab>
            <Tabs.Tab value="facilities" data-testid="admin-tab-facilities">
              {t('admin.tab.facilities')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="categories" pt="sm">
            <CategoriesTab />
          </Tabs.Panel>
          <Tabs.Panel value="departments" pt="sm">
            <DepartmentsTab />
          </Tabs.Panel>
          <Tabs.Panel value="facilities" pt="sm">
            <FacilitiesTab />
          </Tabs.Panel>
        </Tabs>
      )}
    </Modal>
  );
}
