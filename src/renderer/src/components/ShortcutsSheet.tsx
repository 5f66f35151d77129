import { Kbd, Modal, Table, Text } from '@mantine/core';

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** Every keyboard shortcut in one place (press ? or Help → Keyboard shortcuts). */
export const shortcuts: [string, string[]][] = [
  ['Undo the last saved edit (outside a text field)', [mod, 'Z']],
  ['Redo', [mod, 'Shift', 'Z']],
  ['New engagement (desktop)', [mod, 'N']],
  ['Back to the engagements (desktop)', [mod, 'L']],
  ['Presenter view on/off', [mod, 'Shift', 'P']],
  ['Dark theme on/off (desktop)', [mod, 'Shift', 'D']],
  ['Zoom in / out / reset', [mod, '+ / − / 0']],
  ['This list', ['?']],
  ['Map: move along the chain / within a column', ['← →', '↑ ↓']],
  ['Map: edit the focused node / delete it', ['Enter', 'Delete']],
  ['Workshop: next / previous prompt', ['Page Down', 'Page Up']],
  ['Workshop: move the focused cause to cell 1–6', ['1 … 6']],
  ['Workshop: vote / unvote the focused cause', ['+', '−']],
  ['Causes: add the typed cause to the cell', ['Enter']],
];

export function ShortcutsSheet({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="lg">
      <Table verticalSpacing="xs" aria-label="Keyboard shortcuts">
        <Table.Tbody>
          {shortcuts.map(([what, keys]) => (
            <Table.Tr key={what}>
              <Table.Td>
                <Text size="sm">{what}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' + '}
                    <Kbd>{k}</Kbd>
                  </span>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
