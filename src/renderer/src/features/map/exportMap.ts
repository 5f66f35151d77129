import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { exportFileName, mapToSvg, type MapGraph } from '../../../../shared/domain';
import { download } from '../../components/download';
import type { Positions } from './layout';

/**
 * The whole map as a PNG at print resolution, whatever part is on screen: html-to-image renders
 * the canvas with a viewport that fits every node (pinned to 1.11.11; later releases drop edges).
 */
export async function exportPng(nodes: Node[], name: string) {
  const { toBlob } = await import('html-to-image');
  const bounds = getNodesBounds(nodes);
  const width = Math.min(6000, Math.max(800, Math.round(bounds.width + 160)));
  const height = Math.min(6000, Math.max(500, Math.round(bounds.height + 160)));
  const viewport = getViewportForBounds(bounds, width, height, 0.2, 2, 0.05);
  const element = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!element) throw new Error('The map is not on screen.');
  const png = await toBlob(element, {
    backgroundColor: getComputedStyle(document.body).backgroundColor || '#ffffff',
    width,
    height,
    pixelRatio: 2,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` },
  });
  if (!png) throw new Error('The map could not be drawn as a picture.');
  download(exportFileName(name, 'png'), png);
}

/** The map as a true vector SVG (shapes and text, not a picture of HTML), for reports and slides. */
export function exportSvg(graph: MapGraph, positions: Positions, name: string) {
  const svg = mapToSvg(graph, positions);
  download(exportFileName(name, 'svg'), new Blob([svg], { type: 'image/svg+xml' }));
}
