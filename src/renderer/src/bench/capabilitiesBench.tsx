import { MantineProvider } from '@mantine/core';
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { capabilityGaps, formatLevel } from '../../../shared/domain';
import { GapsPanel } from '../features/capabilities/GapsPanel';
import { generateCapabilities } from './generateCapabilities';

type Bench = { renderMs?: number; commitMs?: number; cells?: number; ready?: boolean };

/** Notes when React has committed the tree before it (layout effects run in order), so script time can be told from layout and paint. */
function Committed({ onCommit }: { onCommit: () => void }) {
  useLayoutEffect(onCommit, [onCommit]);
  return null;
}

/**
 * The gap-analysis benchmark: `?mode=capabilities` mounts the real Gap analysis view (heatmap,
 * priority gaps, bullet charts, self vs manager) for 50 capabilities × 10 roles × 5,000
 * assessments; `?mode=capabilities-bare` renders a plain table of the same 500 gaps, computed
 * beforehand: the floor. Both time from mount to the heatmap painted.
 */
export function capabilitiesBench(mode: string, bench: Bench) {
  const detail = generateCapabilities();
  const root = createRoot(document.getElementById('root')!);
  const cells = detail.requirements.length;
  bench.cells = cells;
  const bare = mode === 'capabilities-bare';
  const numbers = bare ? capabilityGaps(detail.requirements, detail.assessments).map((c) => formatLevel(c.gap)) : [];
  const perRow = detail.audiences.length;
  const start = performance.now();
  const committed = () => (bench.commitMs = performance.now() - start);
  root.render(
    bare ? (
      <table>
        <tbody>
          {Array.from({ length: cells / perRow }, (_, r) => (
            <tr key={r}>
              {numbers.slice(r * perRow, (r + 1) * perRow).map((n, i) => (
                <td key={i} data-testid="gap-cell">
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <Committed onCommit={committed} />
      </table>
    ) : (
      <MantineProvider>
        <div style={{ padding: 16 }}>
          <GapsPanel detail={detail} />
          <Committed onCommit={committed} />
        </div>
      </MantineProvider>
    ),
  );
  const check = () => {
    if (document.querySelectorAll('[data-testid="gap-cell"]').length >= cells)
      requestAnimationFrame(() => {
        bench.renderMs = performance.now() - start;
        bench.ready = true;
      });
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
