// A Textarea that shows how much of its limit is used ("120 / 2000"), the limit being the
// one the core enforces (src/shared/inputRules.ts), so the count never disagrees with a refusal.
import { Text, Textarea, type TextareaProps } from '@mantine/core';
import { useT } from '../../i18n/LocaleProvider';

interface Props extends Omit<TextareaProps, 'maxLength' | 'value' | 'onChange' | 'description' | 'inputWrapperOrder'> {
  value: string;
  onChange: (value: string) => void;
  /** The limit, in characters (UTF-16 units, as maxLength and the core count). */
  limit: number;
  testId?: string;
}

export function CountedTextarea({ value, onChange, limit, testId, ...rest }: Props) {
  const t = useT();
  const near = value.length >= limit * 0.9;
  return (
    <Textarea
      {...rest}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      maxLength={limit}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={
        <Text span fz="xs" c={near ? 'orange.7' : 'dimmed'} className="tabular" data-testid={testId ? `${testId}-count` : undefined} style={{ display: 'block', textAlign: 'right' }}>
          {t('input.count', { count: value.length, limit })}
        </Text>
      }
      data-testid={testId}
    />
  );
}
