import { useState } from 'react';
import { ApiError } from '../../api/client';

/** Reads a file as UTF-8 and says so plainly when it is not text (an .xlsx saved as .csv, say). */
async function readText(file: File): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new Error('The file is not UTF-8 text (it may be an Excel file or another encoding). Save it as “CSV UTF-8” and try again.');
  }
}

/**
 * The state every CSV import dialog shares: the file's text, the main side's preview of it (which
 * writes nothing) for the mapping guessed or chosen, and the error to show. A new file starts
 * afresh; a mapping the main side refuses keeps the last preview on screen beside the error.
 */
export function useCsvPreview<Mapping, Preview>(preview: (csv: string, mapping: Mapping | null) => Promise<Preview>) {
  const [csv, setCsv] = useState<string | null>(null);
  const [shown, setShown] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const read = async (text: string, mapping: Mapping | null) => {
    try {
      setShown(await preview(text, mapping));
      setError(null);
    } catch (e) {
      if (mapping === null) setShown(null);
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  const clear = () => (setCsv(null), setShown(null), setError(null));
  return {
    csv,
    preview: shown,
    error,
    clear,
    /** Reads a newly chosen file (or none) and previews it with the guessed mapping. */
    pick: async (file: File | null) => {
      clear();
      if (!file) return;
      try {
        const text = await readText(file);
        setCsv(text);
        await read(text, null);
      } catch (e) {
        setError((e as Error).message);
      }
    },
    /** Previews the same file again with another mapping. */
    remap: (mapping: Mapping) => (csv === null ? Promise.resolve() : read(csv, mapping)),
  };
}
