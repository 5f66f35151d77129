import { useCallback, useEffect, useRef, useState } from 'react';
import { invalidDraft, registerFlush } from '../app/unsaved';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

type Options<T> = {
  value: T;
  onSave: (value: T) => Promise<unknown>;
  parse: (draft: string) => Parsed<T>;
  format: (value: T) => string;
  /** Reports the typed value as it changes (undefined when editing ends), for live previews. */
  onLive?: (value: T | undefined) => void;
  delayMs?: number;
};

/**
 * A text field that saves itself: a short pause in typing, or leaving the field, saves. While the
 * user is in the field their text wins; the stored value shows again once they leave, so an
 * undo elsewhere or the server's tidying (trimmed spaces) never fights their typing.
 */
export function useAutosave<T>({ value, onSave, parse, format, onLive, delayMs = 600 }: Options<T>) {
  const [draft, setDraft] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
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

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!editing.current) return;
    const parsed = callbacks.current.parse(latest.current);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    if (Object.is(parsed.value, saved.current)) return finish();
    const sent = latest.current;
    callbacks.current.onSave(parsed.value).then(
      () => {
        if (latest.current === sent && !timer.current) finish();
      },
      (e: Error) => setError(e.message),
    );
  }, [finish]);

  useEffect(() => () => flush(), [flush]);
  // Reload, close or a hidden tab: send what was typed now, not after the pause.
  useEffect(() => registerFlush(flush), [flush]);
  // Refused text is not saved: count it so leaving the page asks first.
  useEffect(() => {
    if (!error) return;
    invalidDraft.shown();
    return () => invalidDraft.cleared();
  }, [error]);

  return {
    draft,
    error,
    onChange: (text: string) => {
      latest.current = text;
      setDraft(text);
      editing.current = true;
      const parsed = callbacks.current.parse(text);
      setError(parsed.ok ? null : parsed.error);
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
