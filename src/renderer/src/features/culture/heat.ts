/**
 * The heatmap's colours: ColorBrewer's purple-orange scale (PuOr), safe for the common kinds of
 * colour blindness. Low scores orange, middle pale, high purple; every cell also shows its number.
 */
const stops: [number, [number, number, number]][] = [
  [1, [230, 97, 1]],
  [2, [253, 184, 99]],
  [3, [247, 247, 247]],
  [4, [178, 171, 210]],
  [5, [94, 60, 153]],
];

export function heatColour(mean: number): { background: string; color: string } {
  const m = Math.min(5, Math.max(1, mean));
  const i = Math.min(stops.length - 2, Math.floor(m - 1));
  const [a, ca] = stops[i];
  const [, cb] = stops[i + 1];
  const t = m - a;
  const rgb = ca.map((c, k) => Math.round(c + (cb[k] - c) * t));
  // Whichever of dark or white text reads better on the cell (WCAG contrast).
  const dark = (luminance(rgb) + 0.05) / (DARK_LUMINANCE + 0.05);
  const white = 1.05 / (luminance(rgb) + 0.05);
  return { background: `rgb(${rgb.join(' ')})`, color: dark >= white ? '#1a1b1e' : '#fff' };
}

/** Bars in the lever chart: the scale's ends, purple when the target is met, orange when not. */
export const metColour = 'rgb(94 60 153)';
export const underColour = 'rgb(230 97 1)';

/** Relative luminance of an sRGB colour (WCAG 2). */
function luminance(rgb: number[]) {
  const [r, g, b] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const DARK_LUMINANCE = luminance([26, 27, 30]);
