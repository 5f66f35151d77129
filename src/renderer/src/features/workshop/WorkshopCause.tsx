import { ActionIcon, Group, Paper, Text, Textarea } from '@mantine/core';
import { IconMinus, IconPlus } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { bemCellInfo } from '../../../../shared/content';
import type { BemCell, Cause } from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import classes from './Workshop.module.css';
import { settle } from '../../app/saveState';

/**
 * A captured cause, big enough to read from the back of the room. Focused: 1-6 moves it to a
 * cell, Enter edits it, Delete removes it (all undoable). With voting on, + and - cast dots.
 */
export function WorkshopCause({ cause: c, api, voting, canVote }: { cause: Cause; api: EngagementApi; voting: boolean; canVote: boolean }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(c.text);
  const votes = c.votes ?? 0;
  // Quick clicks go out before the first answer is back: count from the last vote sent, not from
  // what the screen shows yet (saves apply in order, so the last one sent is what will stand).
  const voteQueue = useRef<{ last: number; pending: number } | null>(null);
  const vote = (delta: 1 | -1) => {
    const next = Math.max(0, (voteQueue.current?.last ?? votes) + delta);
    voteQueue.current = { last: next, pending: (voteQueue.current?.pending ?? 0) + 1 };
    settle(
      api.change('cause.update', { id: c.id, patch: { votes: next } }).finally(() => {
        if (voteQueue.current && --voteQueue.current.pending === 0) voteQueue.current = null;
      }),
    );
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    if (/^[1-6]$/.test(e.key)) {
      e.preventDefault();
      settle(api.change('cause.update', { id: c.id, patch: { cell: Number(e.key) as BemCell } }));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      setText(c.text);
      setEditing(true);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      settle(api.change('cause.delete', { id: c.id }));
    } else if (voting && (e.key === '+' || e.key === '=') && canVote) vote(1);
    else if (voting && e.key === '-' && votes > 0) vote(-1);
  };
  const finish = async () => {
    setEditing(false);
    if (text.trim() && text.trim() !== c.text) await api.change('cause.update', { id: c.id, patch: { text: text.trim() } });
  };
  return (
    <Paper
      withBorder
      p="md"
      className={classes.cause}
      tabIndex={0}
      onKeyDown={onKey}
      data-testid="workshop-cause"
      aria-label={`${c.text}. ${votes} votes. Keys 1 to 6 move it to a cell, Enter edits, Delete removes.`}
    >
      <Group justify="space-between" wrap="nowrap" align="center">
        {editing ? (
          <Textarea
            autoFocus
            autosize
            style={{ flex: 1 }}
            aria-label="Edit the cause"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onBlur={() => settle(finish())}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                settle(finish());
              }
              if (e.key === 'Escape') setEditing(false);
            }}
            size="lg"
          />
        ) : (
          <Text className={classes.causeText}>{c.text}</Text>
        )}
        {voting && (
          <Group gap={6} wrap="nowrap">
            <ActionIcon
              size="xl"
              variant="default"
              aria-label={`Remove a vote from ${c.text}`}
              disabled={votes === 0}
              onClick={() => vote(-1)}
            >
              <IconMinus />
            </ActionIcon>
            <Text className={classes.votes} data-testid="votes">
              {votes}
            </Text>
            <ActionIcon size="xl" aria-label={`Vote for ${c.text}`} disabled={!canVote} onClick={() => vote(1)}>
              <IconPlus />
            </ActionIcon>
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {bemCellInfo[c.cell].short} · weight {c.weight}
      </Text>
    </Paper>
  );
}
