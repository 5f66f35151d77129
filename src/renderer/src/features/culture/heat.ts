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
  // Dark text on the pale middle, white on the strong ends.
  const light = m < 1.7 || m > 4.3;
  return { background: `rgb(${rgb.join(' ')})`, color: light ? '#fff' : '#1a1b1e' };
}

/** Bars in the lever chart: the scale's ends, purple when the target is met, orange when not. */
export const metColour = 'rgb(94 60 153)';
export const underColour = 'rgb(230 97 1)';
