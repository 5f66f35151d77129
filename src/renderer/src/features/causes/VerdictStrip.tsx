import { Group, Paper, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { Verdict } from '../../../../shared/domain';
import { VerdictBar } from '../../components/VerdictBar';
import classes from './CausesStep.module.css';

/**
 * Where the screen is too short (or narrow) for the whole verdict panel to stay in view, one line
 * stays instead: the bar and the sentence. It takes no room in the page (it overlays, like any sticky
 * bar) and shows only once the panel just above it has scrolled away under the header.
 */
export function VerdictStrip({ verdict, title }: { verdict: Verdict; title: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [stuck, setStuck] = useState(false);
  useEffect(() => {
    const strip = ref.current;
    const panel = strip?.previousElementSibling;
    if (!strip || !panel) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      // At rest the strip sits right below the panel; once it sticks, the panel's bottom passes above it.
      setStuck(panel.getBoundingClientRect().bottom < strip.getBoundingClientRect().top - 1);
    };
    const schedule = () => (frame ||= requestAnimationFrame(update));
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    update();
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <div ref={ref} className={classes.strip} data-stuck={stuck || undefined} aria-hidden={!stuck || undefined} data-sticky-verdict>
      <Paper withBorder shadow="sm" px="sm" py={6} data-testid="verdict-strip" aria-label={title} component="section">
        <Group gap="sm" wrap="nowrap">
          <div className={classes.stripBar}>
            <VerdictBar verdict={verdict} size="md" label={title} />
          </div>
          <Text fw={650} size="sm" truncate title={verdict.sentence} className={classes.stripSentence}>
            {verdict.sentence}
          </Text>
        </Group>
      </Paper>
    </div>
  );
}
