import { Button, Textarea, TextInput, type TextInputProps } from '@mantine/core';
import type { ZodType } from 'zod';
import { fractionOf, parseInWords, percentOf, readEntry, type NumberRule } from '../../../shared/domain';
import { useAutosave, type Choice, type Parsed } from './autosave';

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
  const label = typeof props.label === 'string' ? props.label : (props['aria-label'] ?? null);
  const field = useAutosave({
    value,
    onSave,
    onLive,
    format,
    label,
    parse: (s) => {
      const parsed = parse(s);
      if (parsed.ok) return check(schema, parsed.value);
      // A question is only asked about values the schema would take: otherwise refuse outright.
      const refused = parsed.choices?.map((c) => (c.save ? check(schema, c.value) : null)).find((r) => r && !r.ok);
      return refused ?? parsed;
    },
  });
  // A question's answers sit in the error line itself, so the input is never re-created (focus stays).
  const error = field.choices ? (
    <>
      {field.error} <Answers choices={field.choices} onAnswer={field.answer} />
    </>
  ) : (
    field.error
  );
  const shared = { value: field.draft, error, onFocus: field.onFocus, onBlur: field.onBlur };
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

/** The buttons that answer a field's question; nothing is saved until one is pressed. */
function Answers<T>({ choices, onAnswer }: { choices: Choice<T>[]; onAnswer: (c: Choice<T>) => void }) {
  return (
    <span data-testid="field-question" style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 6, marginTop: 4 }}>
      {choices.map((c, i) => (
        <Button key={c.label} size="compact-xs" variant={i === 0 ? 'filled' : 'default'} onClick={() => onAnswer(c)}>
          {c.label}
        </Button>
      ))}
    </span>
  );
}

type NumberProps = Omit<Common<number | null>, 'min' | 'max'> & NumberRule;

/**
 * Reads the typed text with the shared number rules: junk and out-of-range values are refused in
 * place (never clamped), a fraction in a percent field and an implausibly large value are asked
 * about. `toStored`/`fromStored` convert between what is typed and what is kept (percent: 75 ↔ 0.75).
 */
function NumberField({
  unit,
  min,
  max,
  whole,
  plausibleUpTo,
  toStored = (n) => n,
  fromStored = (n) => n,
  ...props
}: NumberProps & { toStored?: (n: number) => number; fromStored?: (n: number) => number }) {
  const rule: NumberRule = { unit, min, max, whole, plausibleUpTo };
  return (
    <Field<number | null>
      inputMode="decimal"
      // Required numbers refuse an empty box with a message; no asterisk to explain.
      withAsterisk={false}
      {...props}
      parse={(s): Parsed<number | null> => {
        const entry = readEntry(s, rule);
        switch (entry.kind) {
          case 'empty':
            return props.required
              ? { ok: false, error: 'Fill this in with a number; an empty box is not zero.' }
              : { ok: true, value: null };
          case 'value':
            return { ok: true, value: toStored(entry.value) };
          case 'refused':
            return { ok: false, error: entry.message };
          case 'fraction':
            return {
              ok: false,
              error: entry.message,
              choices: [
                { label: `Yes, ${entry.asPercent}%`, save: true, value: toStored(entry.asPercent) },
                { label: `No, keep ${entry.typed}%`, save: true, value: toStored(entry.typed) },
              ],
            };
          case 'extreme':
            return {
              ok: false,
              error: entry.message,
              choices: [
                { label: 'Yes, save it', save: true, value: toStored(entry.value) },
                { label: 'No, cancel', save: false },
              ],
            };
        }
      }}
      format={(v) => (v === null ? '' : String(fromStored(v)))}
    />
  );
}

/** Accepts "1,250.5" or "£1,250"-style typing; empty means "not known yet". */
export function AutosaveNumber(props: NumberProps) {
  return <NumberField {...props} />;
}

/** A money amount: asked about past a plausible size, like any number. */
export function AutosaveAmount(props: Omit<NumberProps, 'unit'>) {
  return <NumberField unit="amount" {...props} />;
}

/** Typed as a percentage from 0 to 100, kept as a share from 0 to 1; "0.75" asks whether 75% was meant. */
export function AutosavePercent(props: Omit<NumberProps, 'unit' | 'min' | 'max'>) {
  return <NumberField unit="percent" min={0} max={100} toStored={fractionOf} fromStored={percentOf} {...props} />;
}

export function AutosaveDate(props: Common<string | null>) {
  return <Field<string | null> type="date" {...props} parse={(s) => ({ ok: true, value: s === '' ? null : s })} format={(v) => v ?? ''} />;
}
