import { Button, Group, Modal, Radio, ScrollArea, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { nextRespondentLabels, type CultureCheck, type CultureResponse } from '../../../../shared/domain';
import { cultureLevers } from '../../../../shared/content';
import { settle } from '../../app/saveState';
import type { EngagementApi } from '../engagement/useEngagement';

export const ratingWords = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'];

/** One respondent's answers typed by hand: a group, then 1-5 for each statement (a statement left blank was skipped). */
export function PersonForm({
  api,
  check,
  responses,
  onClose,
}: {
  api: EngagementApi;
  check: CultureCheck;
  responses: CultureResponse[];
  onClose: () => void;
}) {
  const [group, setGroup] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [busy, setBusy] = useState(false);
  const label = nextRespondentLabels(
    responses.map((r) => r.respondent),
    1,
  )[0];
  const answered = Object.keys(answers).length;
  const save = async () => {
    if (!group) return;
    setBusy(true);
    try {
      await api.change('cultureResponse.add', {
        checkId: check.id,
        rows: [{ kind: 'person', group, respondent: label, source: 'typed', answers }],
      });
      onClose();
    } catch {
      // Already shown by the save state; the answers stay for another try.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Answers of respondent ${label}`} size="xl" scrollAreaComponent={ScrollArea.Autosize}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Anonymous: the respondent is known only as {label}. Rate each statement from 1 (strongly disagree) to 5 (strongly agree); leave
          one blank if it was skipped.
        </Text>
        <Select
          label="Group"
          placeholder="Choose the respondent’s group"
          data={check.groups}
          value={group}
          onChange={setGroup}
          allowDeselect={false}
          required
        />
        {cultureLevers.map((lever) => (
          <Stack key={lever.id} gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Title order={5} component="legend">
              {lever.number}. {lever.name}
            </Title>
            {lever.statements.map((text, i) => {
              const statement = `${lever.id}.${i + 1}`;
              return (
                <Radio.Group
                  key={statement}
                  label={text}
                  value={answers[statement] ? String(answers[statement]) : null}
                  onChange={(v) => setAnswers((a) => ({ ...a, [statement]: Number(v) }))}
                >
                  <Group gap="md" mt={4}>
                    {ratingWords.map((word, n) => (
                      <Radio key={word} value={String(n + 1)} label={String(n + 1)} aria-label={`${n + 1}: ${word}`} />
                    ))}
                  </Group>
                </Radio.Group>
              );
            })}
          </Stack>
        ))}
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {answered} of 21 statements rated
          </Text>
          <Group>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button loading={busy} disabled={!group || answered === 0} onClick={() => settle(save())}>
              Save {label}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
