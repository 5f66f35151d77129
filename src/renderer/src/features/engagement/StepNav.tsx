import { Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { OpenEngagement } from '../../../../shared/domain';
import { steps, type Step, type View } from '../../app/route';
import classes from './StepNav.module.css';

export const stepInfo: Record<Step, { title: string; hint: string }> = {
  outcome: { title: 'Outcome', hint: 'The KPI that is off target' },
  performance: { title: 'Performance', hint: 'Who must do what differently' },
  causes: { title: 'Causes', hint: 'Why they don’t: process or learning' },
  capabilities: { title: 'Capabilities', hint: 'Which skills, how big a gap' },
  interventions: { title: 'Interventions', hint: 'What will close the gap' },
  evaluation: { title: 'Evaluation', hint: 'Measures, results, ROI' },
  report: { title: 'Report', hint: 'For the leadership team' },
};

/** A step counts as done when it holds what the next step needs; nothing is locked. */
export function stepDone(step: Step, d: OpenEngagement) {
  if (step === 'outcome') return d.outcomes.some((o) => o.kpiName && o.baselineValue !== null && o.targetValue !== null);
  if (step === 'performance') return d.behaviours.length > 0;
  if (step === 'causes') return d.causes.length > 0;
  if (step === 'capabilities') return d.requirements.length > 0;
  if (step === 'interventions') return d.interventions.length > 0;
  if (step === 'evaluation') return d.measures.length > 0 && d.costs.length > 0;
  return false;
}

export function StepNav({ current, detail, onSelect }: { current: View; detail: OpenEngagement; onSelect: (s: Step) => void }) {
  return (
    <nav aria-label="Engagement steps">
      <ol className={classes.list}>
        {steps.map((step, i) => {
          const done = stepDone(step, detail);
          const active = step === current;
          return (
            <li key={step} className={classes.item}>
              <UnstyledButton
                className={classes.step}
                data-active={active || undefined}
                aria-current={active ? 'step' : undefined}
                onClick={() => onSelect(step)}
              >
                <Group gap={8} wrap="nowrap" className={classes.row}>
                  <ThemeIcon
                    radius="xl"
                    size={30}
                    variant={active ? 'filled' : done ? 'light' : 'default'}
                    aria-hidden
                    className={classes.icon}
                  >
                    {done && !active ? (
                      <IconCheck size={18} />
                    ) : (
                      <Text fw={700} size="sm">
                        {i + 1}
                      </Text>
                    )}
                  </ThemeIcon>
                  <div>
                    <Text fw={650} size="md" lh={1.2} className={classes.title}>
                      {stepInfo[step].title}
                      {done && <span className={classes.srOnly}> (done)</span>}
                    </Text>
                    <Text size="xs" c="dimmed" lh={1.3} className={classes.hint}>
                      {stepInfo[step].hint}
                    </Text>
                  </div>
                </Group>
              </UnstyledButton>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
