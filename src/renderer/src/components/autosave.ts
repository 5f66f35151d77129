import { useCallback, useEffect, useRef, useState } from 'react';
import { invalidDraft, registerFlush } from '../app/unsaved';

/** An answer offered with a question ("Did you mean 75%?"): save this value, or put the stored one back. */
export type Choice<T> = { label: string; save: true; value: T } | { label: string; save: false };

/** A draft read: a value to save, or a refusal (with answers when it is a question). Nothing is saved until it reads ok. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; choices?: Choice<T>[] };

type Options<T> = {
  value: T;
  onSave: (value: T) => Promise<unknown>;
  parse: (draft: string) => Parsed<T>;
  format: (value: T) => string;
  /** Reports the typed value as it changes (undefined when editing ends), for live previews. */
  onLive?: (value: T | undefined) => void;
  /** The field's on-screen label, so the header can say which field is not saved. */
  label?: string | null;
  delayMs?: number;
};

/**
 * A text field that saves itself: a short pause in typing, or leaving the field, saves. While the
 * user is in the field their text wins; the stored value shows again once they leave, so an
 * undo elsewhere or the server's tidying (trimmed spaces) never fights their typing.
 */
export function useAutosave<T>({ value, onSave, parse, format, onLive, label = null, delayMs = 600 }: Options<T>) {
  const [draft, setDraft] = useState(() => format(value));
  const [error, setErrorOnly] = useState<string | null>(null);
  const [choices, setChoices] = useState<Choice<T>[] | null>(null);
  const setError = useCallback((message: string | null, offered?: Choice<T>[]) => {
    setErrorOnly(message);
    setChoices(message && offered ? offered : null);
  }, []);
  const latest = useRef(draft);
  const editing = useRef(false);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saved = useRef(value);
  saved.current = value;
  const callbacks = useRef({ onSave, parse, format, onLive });
  callbacks.current = { onSave, parse, format, onLive };

  useEffect(() => {
    if (!editing.current && !focused.current) {
      const text = callbacks.current.format(value);
      latest.current = text;
      setDraft(text);
    }
  }, [value]);

  const finish = useCallback(() => {
    editing.current = false;
    callbacks.current.onLive?.(undefined);
    if (!focused.current) {
      const text = callbacks.current.format(saved.current);
      latest.current = text;
      setDraft(text);
    }
  }, []);

  /** Saves a value; the field settles on the stored value once this is the last thing typed. */
  const send = useCallback(
    (next: T) => {
      const sent = latest.current;
      callbacks.current.onSave(next).then(
        () => {
          if (latest.current === sent && !timer.current) finish();
        },
        (e: Error) => setError(e.message),
      );
    },
    [finish, setError],
  );

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!editing.current) return;
    const parsed = callbacks.current.parse(latest.current);
    if (!parsed.ok) {
      setError(parsed.error, parsed.choices);
      return;
    }
    setError(null);
    if (Object.is(parsed.value, saved.current)) return finish();
    send(parsed.value);
  }, [finish, send, setError]);

  useEffect(() => () => flush(), [flush]);
  // Reload, close or a hidden tab: send what was typed now, not after the pause.
  useEffect(() => registerFlush(flush), [flush]);
  // Refused text is not saved: count it so leaving the page asks first, and the header says so.
  useEffect(() => {
    if (!error) return;
    return invalidDraft.shown({ label, message: error });
  }, [error, label]);

  return {
    draft,
    error,
    choices,
    /** The user's answer to a question: save the value it names, or put the stored value back. */
    answer: (choice: Choice<T>) => {
      clearTimeout(timer.current);
      timer.current = undefined;
      setError(null);
      if (!choice.save) {
        editing.current = true;
        return finish();
      }
      const text = callbacks.current.format(choice.value);
      latest.current = text;
      setDraft(text);
      editing.current = true;
      if (Object.is(choice.value, saved.current)) return finish();
      send(choice.value);
    },
    onChange: (text: string) => {
      latest.current = text;
      setDraft(text);
      editing.current = true;
      const parsed = callbacks.current.parse(text);
      if (parsed.ok) setError(null);
      else setError(parsed.error, parsed.choices);
      if (parsed.ok) callbacks.current.onLive?.(parsed.value);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      if (editing.current) flush();
      else finish();
    },
  };
}
