import { Alert, Button, Group, Modal, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OpenEngagement, TemplateSummary } from '../../../../shared/domain';
import { ApiError, call } from '../../api/client';
import { settle } from '../../app/saveState';
import type { EngagementApi } from '../engagement/useEngagement';

const sameName = (s: string) => s.trim().toLowerCase();
/** "Frontline agent" is the role "Frontline agents". */
const sameRole = (a: string, b: string) => sameName(a).replace(/s$/, '') === sameName(b).replace(/s$/, '');

/** Each template role's guess: the engagement's role of the same name, else its only role, else none. */
function guessRoles(template: TemplateSummary, detail: OpenEngagement) {
  const roles = template.content?.audiences ?? [];
  return roles.map(
    (r) =>
      detail.audiences.find((a) => sameRole(a.role, r.role))?.id ??
      (roles.length === 1 && detail.audiences.length === 1 ? detail.audiences[0].id : ''),
  );
}

/**
 * Starts (or extends) the framework from a template's: its capabilities this engagement does not
 * have yet, and each template role's required levels for the role chosen here. Links to behaviours
 * and causes are made afterwards, on each capability.
 */
export function FrameworkFromTemplate({ api, detail, onClose }: { api: EngagementApi; detail: OpenEngagement; onClose: () => void }) {
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [templateId, setTemplateId] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    call('template.list', {}).then(
      (list) => {
        const withFramework = list.filter((t) => (t.content?.capabilities.length ?? 0) > 0);
        setTemplates(withFramework);
        if (withFramework[0]) choose(withFramework[0]);
      },
      () => setError('Causeway could not read the templates. Close this and try again.'),
    );
    // Runs once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const choose = (t: TemplateSummary) => {
    setTemplateId(t.id);
    setRoles(guessRoles(t, detail));
    setError(null);
  };
  const template = templates?.find((t) => t.id === templateId);
  const content = template?.content;
  const held = new Set(detail.capabilities.map((c) => sameName(c.name)));
  const fresh = content?.capabilities.filter((c) => !held.has(sameName(c.name))) ?? [];

  const add = async () => {
    setBusy(true);
    try {
      await api.change('capability.addFromTemplate', {
        engagementId: detail.engagement.id,
        templateId,
        roles: roles.map((r) => r || null),
      });
      onClose();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Causeway could not add the framework: try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Add capabilities from a template" size="lg">
      <Stack gap="sm" data-testid="framework-from-template">
        {templates?.length === 0 && (
          <Text>No template has a capability framework yet. Save an engagement that has one as a template first.</Text>
        )}
        {templates && templates.length > 0 && (
          <NativeSelect
            label="Template"
            value={templateId}
            onChange={(e) => choose(templates.find((t) => t.id === e.currentTarget.value)!)}
            data={templates.map((t) => ({ value: t.id, label: `${t.name} (${t.content!.capabilities.length} capabilities)` }))}
          />
        )}
        {content && (
          <>
            <Text size="sm" data-testid="framework-from-template-summary">
              {fresh.length === 0
                ? 'This engagement already has every capability of this template (by name): there is nothing to add.'
                : `Adds ${fresh.length} ${fresh.length === 1 ? 'capability' : 'capabilities'}: ${fresh.map((c) => c.name).join('; ')}.` +
                  (fresh.length < content.capabilities.length
                    ? ` ${content.capabilities.length - fresh.length} already here are left as they are.`
                    : '')}
            </Text>
            <Table withTableBorder verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>The template’s role</Table.Th>
                  <Table.Th>Gets its required levels here</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {content.audiences.map((a, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{a.role || `Role ${i + 1}`}</Table.Td>
                    <Table.Td>
                      <NativeSelect
                        aria-label={`Role for ${a.role || `role ${i + 1}`}`}
                        value={roles[i] ?? ''}
                        onChange={(e) => {
                          const value = e.currentTarget.value;
                          setRoles((old) => old.map((r, j) => (j === i ? value : r)));
                        }}
                        data={[
                          { value: '', label: 'Leave its levels out' },
                          ...detail.audiences.map((x) => ({ value: x.id, label: x.role || 'Unnamed role' })),
                        ]}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed">
              Required levels and importance come from the template; where people are now is yours to estimate or assess. Link each
              capability to the behaviours that depend on it and the learning causes it explains afterwards. One undo step.
            </Text>
          </>
        )}
        {error && (
          <Alert color="red" data-testid="framework-from-template-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => settle(add())} loading={busy} disabled={!content || fresh.length === 0}>
            Add capabilities
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
