import { Textarea, TextInput, type TextInputProps } from '@mantine/core';
import type { ZodType } from 'zod';
import { parseInWords } from '../../../shared/domain';
import { useAutosave, type Parsed } from './autosave';

type Common<T> = Omit<TextInputProps, 'value' | 'onChange' | 'error' | 'onBlur' | 'onFocus'> & {
  value: T;
  onSave: (value: T) => Promise<unknown>;
  onLive?: (value: T | undefined) => void;
  /** The contract's own schema for this field, so the form and the main side agree. */
  schema?: ZodType<T>;
};

const check = <T,>(schema: ZodType<T> | undefined, value: T): Parsed<T> => {
  if (!schema) return { ok: true, value };
  const result = parseInWords(schema, value);
  return result.success ? { ok: true, value: result.data } : { ok: false, error: result.error.issues[0]?.message ?? 'Check this value.' };
};

function Field<T>({
  value,
  onSave,
  onLive,
  schema,
  parse,
  format,
  type,
  multiline,
  ...props
}: Common<T> & { parse: (s: string) => Parsed<T>; format: (v: T) => string; multiline?: boolean }) {
  const field = useAutosave({
    value,
    onSave,
    onLive,
    format,
    parse: (s) => {
      const parsed = parse(s);
      return parsed.ok ? check(schema, parsed.value) : parsed;
    },
  });
  const shared = { value: field.draft, error: field.error, onFocus: field.onFocus, onBlur: field.onBlur };
  if (multiline)
    return (
      <Textarea
        {...(props as object)}
        {...shared}
        autosize
        minRows={1}
        maxRows={6}
        onChange={(e) => field.onChange(e.currentTarget.value)}
      />
    );
  return <TextInput {...props} {...shared} type={type} onChange={(e) => field.onChange(e.currentTarget.value)} />;
}

export function AutosaveText(props: Common<string> & { multiline?: boolean }) {
  return <Field<string> {...props} parse={(s) => ({ ok: true, value: s })} format={(v) => v} />;
}

/** Accepts "1,250.5" or "62%"-style typing; empty means "not known yet". */
export function AutosaveNumber(props: Common<number | null>) {
  return (
    <Field<number | null>
      inputMode="decimal"
      {...props}
      parse={(s) => {
        const cleaned = s.replace(/[,\s%£$€]/g, '');
        if (cleaned === '') return { ok: true, value: null };
        const n = Number(cleaned);
        return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: 'Enter a number, like 62 or 4.5.' };
      }}
      format={(v) => (v === null ? '' : String(v))}
    />
  );
}

export function AutosaveDate(props: Common<string | null>) {
  return <Field<string | null> type="date" {...props} parse={(s) => ({ ok: true, value: s === '' ? null : s })} format={(v) => v ?? ''} />;
}
