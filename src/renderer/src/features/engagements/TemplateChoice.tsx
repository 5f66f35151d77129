import { Group, Radio, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import { bemCellInfo } from '../../../../shared/content';
import { templateOutline, type TemplateContent, type TemplateSummary } from '../../../../shared/domain';
import classes from './TemplateChoice.module.css';

export const BLANK = 'blank';

/** "Information, Incentives": the cells a template's causes are in, in the order they first appear. */
const causeCells = (t: TemplateContent) => [...new Set(t.causes.map((c) => c.cell))].map((c) => bemCellInfo[c].short).join(', ');

/**
 * "Start from": a blank engagement or a template, each with its one-line description. Saved
 * templates that cannot be read are shown with what is wrong, and cannot be chosen.
 */
export function TemplateChoice({
  templates,
  value,
  onChange,
}: {
  templates: TemplateSummary[] | null;
  value: string;
  onChange: (id: string) => void;
}) {
  const chosen = templates?.find((t) => t.id === value);
  return (
    <Radio.Group label="Start from" value={value} onChange={onChange}>
      <ScrollArea.Autosize mah="min(260px, 32vh)" type="auto" mt={6}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing={8} verticalSpacing={8} pr={4} data-testid="template-choice">
          <Card value={BLANK} name="Blank" description="An empty engagement, to write from scratch." />
          {templates?.map((t) => (
            <Card
              key={t.id}
              value={t.id}
              name={t.name}
              tag={t.builtIn ? undefined : 'Saved'}
              description={t.problem ?? (t.description || (t.content ? templateOutline(t.content) : ''))}
              disabled={!t.content}
            />
          ))}
        </SimpleGrid>
      </ScrollArea.Autosize>
      <Text size="sm" c="dimmed" mt={6} data-testid="template-outline">
        {chosen?.content
          ? `Adds ${templateOutline(chosen.content)}${chosen.content.causes.length ? ` (${causeCells(chosen.content)})` : ''}. Causes start as hypotheses to check; baselines, targets and dates are yours to fill in.`
          : templates === null
            ? 'Loading the templates…'
            : 'Or start from a template: a sample outcome, typical behaviours and the causes most often found.'}
      </Text>
    </Radio.Group>
  );
}

function Card({
  value,
  name,
  description,
  tag,
  disabled = false,
}: {
  value: string;
  name: string;
  description: string;
  tag?: string;
  disabled?: boolean;
}) {
  return (
    <Radio.Card value={value} className={classes.card} disabled={disabled} data-testid="template-card">
      <Group wrap="nowrap" align="flex-start" gap={8}>
        <Radio.Indicator mt={2} disabled={disabled} />
        <Stack gap={2} miw={0}>
          <Group gap={6} wrap="nowrap">
            <Text fw={600} size="sm">
              {name}
            </Text>
            {tag && (
              <Text size="xs" c="dimmed" span>
                {tag}
              </Text>
            )}
          </Group>
          <Text size="xs" c={disabled ? 'red' : 'dimmed'}>
            {description}
          </Text>
        </Stack>
      </Group>
    </Radio.Card>
  );
}
