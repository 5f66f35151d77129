import { Paper, Text } from '@mantine/core';
import { goalSentence, sentenceText, type GoalSentenceInput } from '../../../../shared/domain';

/** Cathy Moore's goal formula, filled in as the user types; blanks show what is still missing. */
export function GoalSentence({ input, more }: { input: GoalSentenceInput; more: number }) {
  const parts = goalSentence(input);
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-default-hover)" aria-label="Goal sentence">
      <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4}>
        Goal
      </Text>
      <p className="goal-sentence" data-testid="goal-sentence" data-text={sentenceText(parts)} style={{ margin: 0 }}>
        {parts.map((p, i) => (
          <span key={i} className={p.kind === 'text' ? undefined : p.kind}>
            {p.text}
          </span>
        ))}
        {more > 0 && <Text span c="dimmed" size="sm">{` (and ${more} more behaviour${more > 1 ? 's' : ''})`}</Text>}
      </p>
    </Paper>
  );
}
