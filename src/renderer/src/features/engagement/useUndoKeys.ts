import { useEffect } from 'react';
import { onMenuCommand } from '../../api/client';
import { isEditable } from '../../components/typing';

/**
 * Ctrl/Cmd+Z undoes the last saved edit and Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes it. Inside a
 * text field the keys keep their usual meaning (undo typing); the field saves when left.
 */
export function useUndoKeys(undo: () => void, redo: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isEditable(document.activeElement)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = onMenuCommand((command) => {
      // The desktop menu owns the accelerators, so it also has to undo typing inside a field.
      if (command !== 'undo' && command !== 'redo') return;
      if (isEditable(document.activeElement)) document.execCommand(command);
      else if (command === 'undo') undo();
      else redo();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, [undo, redo]);
}
