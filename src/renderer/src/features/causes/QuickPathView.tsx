import { Alert, Badge, Button, Group, Paper, Select, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { bemCellInfo, catalogueEntryByKey, notSkillDeficiency, quickPathProposals, visibleQuestions } from '../../../../shared/content';
import { bemCells, type BemCell, type Behaviour, type OpenEngagement } from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';

const answers = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

/** Mager & Pipe's questions one after another; answers propose causes the user takes or leaves. */
export function QuickPathView({ behaviour: b, api }: { behaviour: Behaviour; api: EngagementApi; detail: OpenEngagement }) {
  const state = b.quickPath;
  const proposals = quickPathProposals(state);
  const [other, setOther] = useState('');
  const [otherCell, setOtherCell] = useState<string | null>(null);
  const answer = (questionId: string, value: string) =>
    settle(api.change('quickPath.answer', { behaviourId: b.id, questionId, answer: value as 'yes' | 'no' | 'unsure' }));

  return (
    <Stack gap="sm" data-testid="quick-path">
      {visibleQuestions(state.answers).map((q, i) => {
        const proposal = proposals.find((p) => p.questionId === q.id);
        return (
          <Paper key={q.id} withBorder p="md" component="section" aria-label={q.text} data-testid={`question-${q.id}`}>
            <Stack gap={6}>
              <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                {i + 1}. {q.step}
              </Text>
              <Group justify="space-between" align="flex-start" wrap="wrap">
                <Text fw={600} size="lg" style={{ flex: '1 1 320px' }}>
                  {q.text}
                </Text>
                <SegmentedControl
                  size="md"
                  aria-label={q.text}
                  data={answers}
                  value={state.answers[q.id] ?? ''}
                  onChange={(v) => answer(q.id, v)}
                />
              </Group>
              <Text size="sm" c="dimmed">
                {q.hint}
              </Text>
              {q.id === 'jobDependedOnIt' && notSkillDeficiency(state) && (
                <Alert color="blue" icon={<IconInfoCircle size={18} />} data-testid="not-skill">
                  Not a skill deficiency: training will not fix this. Look again at information, resources and incentives (cells 1–3), and
                  at motives (cell 6).
                </Alert>
              )}
              {proposal && (
                <Paper p="sm" withBorder bg="var(--mantine-color-default-hover)" data-testid="proposal" data-status={proposal.status}>
                  <Group justify="space-between" align="flex-start" wrap="wrap">
                    <div style={{ flex: '1 1 320px' }}>
                      {proposal.kind === 'cause' ? (
                        <>
                          <Text fw={600}>
                            Proposed cause in cell {proposal.cell}, {bemCellInfo[proposal.cell].short}: {proposal.text}
                          </Text>
                          <Text size="sm">
                            Interventions to consider: {proposal.interventions.map((k) => catalogueEntryByKey.get(k)?.name ?? k).join('; ')}
                            .
                          </Text>
                        </>
                      ) : (
                        <Text fw={600}>{proposal.text}</Text>
                      )}
                    </div>
                    {proposal.status === 'open' && (
                      <Group gap="xs">
                        <Button onClick={() => settle(api.change('quickPath.accept', { behaviourId: b.id, key: proposal.key }))}>
                          {proposal.kind === 'park' ? 'Park it' : 'Add as cause'}
                        </Button>
                        <Button
                          variant="default"
                          onClick={() => settle(api.change('quickPath.dismiss', { behaviourId: b.id, key: proposal.key }))}
                        >
                          Dismiss
                        </Button>
                      </Group>
                    )}
                    {proposal.status === 'accepted' && (
                      <Badge size="lg" color="teal">
                        {proposal.kind === 'park' ? 'Parked' : 'Added as a cause'}
                      </Badge>
                    )}
                    {proposal.status === 'dismissed' && (
                      <Badge size="lg" color="gray">
                        Dismissed
                      </Badge>
                    )}
                  </Group>
                </Paper>
              )}
            </Stack>
          </Paper>
        );
      })}
      {state.answers.worth !== 'no' && (
        <Paper withBorder p="md" component="section" aria-label="Any other obstacle?">
          <Stack gap="xs">
            <Title order={4}>Any other obstacle?</Title>
            <Group align="flex-end" wrap="wrap">
              <TextInput
                style={{ flex: '1 1 300px' }}
                label="Obstacle"
                placeholder="Describe it in a sentence"
                value={other}
                onChange={(e) => setOther(e.currentTarget.value)}
              />
              <Select
                w={220}
                label="Cell"
                placeholder="Pick the cell"
                data={bemCells.map((c) => ({ value: String(c), label: `${c} · ${bemCellInfo[c].short}` }))}
                value={otherCell}
                onChange={setOtherCell}
              />
              <Button
                disabled={!other.trim() || !otherCell}
                onClick={() =>
                  settle(async () => {
                    await api.change('cause.create', {
                      behaviourId: b.id,
                      fields: { cell: Number(otherCell) as BemCell, text: other.trim(), raisedBy: 'Quick path' },
                    });
                    setOther('');
                    setOtherCell(null);
                  })
                }
              >
                Add as cause
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
