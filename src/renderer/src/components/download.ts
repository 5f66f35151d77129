/** Saves a file the way the shell allows: a browser download (Electron asks where to save it). */
export function download(fileName: string, data: Blob) {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file's bytes sent as base64 (reports, slides), as a Blob of the given type. */
export const base64Blob = (base64: string, type: string) => new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type });
export const pdfBlob = (base64: string) => base64Blob(base64, 'application/pdf');
