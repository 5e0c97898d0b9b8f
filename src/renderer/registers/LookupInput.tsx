// A register form's choice among many records (a building of the street, a household of a
// building): a searchable select whose options come from the core as the user types, or
// when a field it depends on changes (the households of the building chosen above).
import { Select } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { FieldOption, FormValues } from './RegisterFormModal';

const DEBOUNCE_MS = 250;

export interface LookupProps {
  label: string;
  testId: string | undefined;
  placeholder: string | undefined;
  value: string | null;
  error: string | undefined;
  /** The option of the value the form opens with (its label, before any search). */
  initialOptions: readonly FieldOption[];
  search: (query: string, values: FormValues) => Promise<FieldOption[]>;
  /** The other fields whose values the search reads. */
  dependsOn: readonly string[];
  values: FormValues;
  onChange: (v: string | null) => void;
  onBlur: () => void;
}

export function LookupInput({ label, testId, placeholder, value, error, initialOptions, search, dependsOn, values, onChange, onBlur }: LookupProps) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<readonly FieldOption[]>(initialOptions);
  const [chosen, setChosen] = useState<FieldOption | null>(initialOptions.find((o) => o.value === value) ?? null);
  const deps = dependsOn.map((d) => JSON.stringify(values[d] ?? null)).join('|');
  // The query box shows the chosen option's label; searching by it would only find itself.
  const asked = chosen && query === chosen.label ? '' : query;
  // The latest search and values, read when the timer fires; the search reruns when the query
  // or a field it depends on changes (deps), not on every keystroke elsewhere in the form.
  const latest = useRef({ search, values });
  latest.current = { search, values };
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      latest.current.search(asked, latest.current.values).then(
        (options) => live && setFound(options),
        () => live && setFound([]),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [asked, deps]);
  const data = chosen && !found.some((o) => o.value === chosen.value) ? [chosen, ...found] : [...found];
  return (
    <Select
      size="xs"
      label={label}
      placeholder={placeholder}
      data={data}
      value={value}
      error={error}
      searchable
      searchValue={query}
      onSearchChange={setQuery}
      filter={({ options }) => options}
      allowDeselect={false}
      nothingFoundMessage="—"
      comboboxProps={{ withinPortal: true }}
      onBlur={onBlur}
      onChange={(v) => {
        setChosen(data.find((o) => o.value === v) ?? null);
        onChange(v);
      }}
      data-testid={testId}
    />
  );
}
