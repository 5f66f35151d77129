import { createTheme } from '@mantine/core';

/** Large enough type and strong enough contrast to read on a meeting-room projector. */
export const theme = createTheme({
  fontFamily: 'Inter, system-ui, sans-serif',
  headings: { fontFamily: 'Inter, system-ui, sans-serif', fontWeight: '650' },
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 5 },
  // Text on filled buttons switches to dark where white would be too faint (AA contrast).
  autoContrast: true,
  respectReducedMotion: true,
  defaultRadius: 'md',
  fontSizes: { xs: '0.8rem', sm: '0.9rem', md: '1rem', lg: '1.125rem', xl: '1.3rem' },
  focusRing: 'auto',
});
