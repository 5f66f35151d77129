import type { BemCell } from '../domain/causes';
import { bemCellInfo } from './bemCells';
import { interventionCatalogue, type CatalogueEntry } from './interventionCatalogue';

/** How an entry stands against the cause's cell: addresses it first, also helps it, or is for other cells. */
export type CatalogueFit = 'first' | 'also' | 'other';

export type CatalogueHit = { entry: CatalogueEntry; fit: CatalogueFit; label: string };

/** "Information · also Incentives": the cell an entry addresses first, then the others it helps. */
export function catalogueCellsLabel(entry: CatalogueEntry): string {
  const [first, ...others] = entry.cells.map((c) => bemCellInfo[c].short);
  return others.length ? `${first} · also ${others.join(', ')}` : first;
}

const fitOf = (entry: CatalogueEntry, cell: BemCell | null): CatalogueFit =>
  cell === null ? 'other' : entry.cells[0] === cell ? 'first' : entry.cells.includes(cell) ? 'also' : 'other';
const rank: Record<CatalogueFit, number> = { first: 0, also: 1, other: 2 };

/**
 * One search across every cell. Every word of the query must appear in the entry's name,
 * description or cell names. Entries that address the cause's cell first come first, then those
 * that also help it, then the rest; within each, entries keep the catalogue's order (cell 1 to 6,
 * cheapest fixes first). An empty query lists the whole catalogue in that order.
 */
export function searchCatalogue(query: string, cell: BemCell | null, catalogue: CatalogueEntry[] = interventionCatalogue): CatalogueHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return catalogue
    .map((entry, order) => ({ entry, order, fit: fitOf(entry, cell), label: catalogueCellsLabel(entry) }))
    .filter(({ entry, label }) => {
      const haystack = `${entry.name} ${entry.description} ${label}`.toLowerCase();
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => rank[a.fit] - rank[b.fit] || a.order - b.order)
    .map(({ entry, fit, label }) => ({ entry, fit, label }));
}
