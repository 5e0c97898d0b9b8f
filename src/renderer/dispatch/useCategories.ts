// The 部件/事件 category tree, loaded once per window (it changes only with a new version),
// its names in the UI language (by catalogue code; a code the catalog lacks keeps its name).
import { useEffect, useMemo, useState } from 'react';
import type { CategoryNode, SubcategoryNode } from '../../shared/cases';
import { api } from '../api/api';
import { useLocale } from '../i18n/LocaleProvider';
import { categoryLabel } from '../i18n/Vocabulary';

let cached: Promise<CategoryNode[]> | null = null;

function loadCategories(): Promise<CategoryNode[]> {
  if (!cached) {
    cached = api.call('case.categories', {});
    // A failure is not cached: the next caller tries again.
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}

export function useCategories(): CategoryNode[] | null {
  const [tree, setTree] = useState<CategoryNode[] | null>(null);
  useEffect(() => {
    let live = true;
    loadCategories().then(
      (t) => live && setTree(t),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const { tOpen } = useLocale();
  return useMemo(
    () =>
      tree &&
      tree.map((large) => ({
        ...large,
        name: categoryLabel(tOpen, large.code, large.name),
        children: large.children.map((sub) => ({ ...sub, name: categoryLabel(tOpen, sub.code, sub.name) })),
      })),
    [tree, tOpen],
  );
}

export function findSubcategory(tree: readonly CategoryNode[] | null, id: number | null): { large: CategoryNode; sub: SubcategoryNode } | null {
  if (!tree || id === null) return null;
  for (const large of tree) {
    const sub = large.children.find((c) => c.id === id);
    if (sub) return { large, sub };
  }
  return null;
}
