import { buckets, bucketLabels, type Bucket } from './buckets';
import { isBackEdge, type MapGraph } from './map';
import { notAddressedLabel } from './recommendations';

/** Capabilities: a deep wine, apart from the causes' blue, orange and purple in hue and in lightness. */
export const capabilityPrintColour = '#a61e4d';
/** Print-safe colours (distinct in greyscale too): kinds get a header band, causes their bucket. */
const kindColour = {
  outcome: '#0b7285',
  behaviour: '#495057',
  capability: capabilityPrintColour,
  cause: '#1864ab',
  intervention: '#2b8a3e',
  measure: '#862e9c',
} as const;
export const bucketPrintColours: Record<Bucket, string> = { process: '#1864ab', learning: '#d9480f', fit: '#862e9c' };

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks a label into lines of at most `width` characters, and at most `max` lines. */
export function wrapText(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if ((line + ' ' + word).trim().length > width && line) {
      lines.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    const kept = lines.slice(0, max);
    kept[max - 1] = `${kept[max - 1].slice(0, width - 1)}…`;
    return kept;
  }
  return lines;
}

/**
 * The map as a standalone SVG document (real vector shapes and text, no HTML inside), from the
 * graph and the node positions shown on screen.
 */
export function mapToSvg(graph: MapGraph, positions: Map<string, { x: number; y: number }>, size = { width: 250, height: 116 }): string {
  const placed = graph.nodes.filter((n) => positions.has(n.key));
  if (placed.length === 0)
    return '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><text x="20" y="45" font-family="sans-serif">The map is empty.</text></svg>';
  const xs = placed.map((n) => positions.get(n.key)!.x);
  const ys = placed.map((n) => positions.get(n.key)!.y);
  const pad = 40;
  const minX = Math.min(...xs) - pad;
  const minY = Math.min(...ys) - pad;
  const width = Math.max(...xs) + size.width + pad - minX;
  const height = Math.max(...ys) + size.height + pad + 40 - minY;
  const at = (key: string) => positions.get(key)!;
  const parts: string[] = [];
  for (const e of graph.edges) {
    if (!positions.has(e.source) || !positions.has(e.target)) continue;
    // An "explains" edge is drawn from the capability (left) to the cause, its arrow at the capability.
    const back = isBackEdge(e);
    const s = at(back ? e.target : e.source);
    const t = at(back ? e.source : e.target);
    const arrow = back ? 'marker-start="url(#arrow)"' : 'marker-end="url(#arrow)"';
    const x1 = s.x + size.width - minX;
    const y1 = s.y + size.height / 2 - minY;
    const x2 = t.x - minX;
    const y2 = t.y + size.height / 2 - minY;
    const mid = (x1 + x2) / 2;
    parts.push(
      e.fits === false
        ? `<path d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}" fill="none" stroke="#c92a2a" stroke-width="2" stroke-dasharray="8 5" ${arrow}><title>${notAddressedLabel}</title></path>`
        : `<path d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}" fill="none" stroke="#868e96" stroke-width="1.6" ${arrow}/>`,
    );
  }
  for (const n of placed) {
    const p = at(n.key);
    const x = p.x - minX;
    const y = p.y - minY;
    const colour = n.bucket ? bucketPrintColours[n.bucket] : kindColour[n.kind];
    const dashed = n.evidenceState === 'hypothesis' ? ' stroke-dasharray="6 4"' : '';
    const faded = n.evidenceState === 'ruled_out' || n.parked ? ' opacity="0.55"' : '';
    const kindLabel =
      n.kind === 'cause' && n.bucket
        ? `CAUSE · ${bucketLabels[n.bucket].toUpperCase()}`
        : n.capabilityKind
          ? `CAPABILITY · ${n.capabilityKind.toUpperCase()}`
          : n.kind.toUpperCase();
    const state = n.evidenceState ? ` · ${n.evidenceState.replace('_', ' ')}` : '';
    parts.push(`<g${faded}>`);
    parts.push(
      `<rect x="${x}" y="${y}" width="${size.width}" height="${size.height}" rx="8" fill="#ffffff" stroke="${colour}" stroke-width="2"${dashed}/>`,
    );
    parts.push(`<rect x="${x}" y="${y}" width="8" height="${size.height}" rx="3" fill="${colour}"/>`);
    parts.push(`<text x="${x + 18}" y="${y + 20}" font-size="10" font-weight="700" fill="${colour}">${escape(kindLabel + state)}</text>`);
    wrapText(n.label, 34, 3).forEach((line, i) => {
      parts.push(
        `<text x="${x + 18}" y="${y + 40 + i * 16}" font-size="13" fill="#212529"${n.evidenceState === 'ruled_out' ? ' text-decoration="line-through"' : ''}>${escape(line)}</text>`,
      );
    });
    parts.push('</g>');
  }
  const keys: [string, string][] = buckets.map((b) => [bucketLabels[b], bucketPrintColours[b]]);
  if (placed.some((n) => n.kind === 'capability')) keys.push(['Capability', capabilityPrintColour]);
  const legend = keys
    .map(
      ([name, colour], i) =>
        `<rect x="${pad + i * 190}" y="${height - 28}" width="14" height="14" fill="${colour}"/><text x="${pad + i * 190 + 20}" y="${height - 16}" font-size="12" fill="#212529">${name}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width)}" height="${Math.round(height)}" viewBox="0 0 ${Math.round(width)} ${Math.round(height)}" font-family="Inter, Helvetica, Arial, sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#868e96"/></marker></defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    legend,
    '</svg>',
  ].join('\n');
}
