/**
 * The renderer's Content Security Policy, one string for both shells: only our own scripts,
 * no remote anything. Inline styles are allowed because the UI library sets CSS variables
 * in a style tag; scripts are never inline. 'wasm-unsafe-eval' is not granted.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  // Report previews show the PDF that was just rendered, from a blob: URL.
  'frame-src blob:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
