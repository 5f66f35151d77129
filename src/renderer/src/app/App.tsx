import { useEffect, useState } from 'react';
import { ShortcutsSheet } from '../components/ShortcutsSheet';
import { isEditable } from '../components/typing';
import { useMantineColorScheme } from '@mantine/core';
import { call, onMenuCommand } from '../api/client';
import { RecoveryScreen } from '../features/backups/RecoveryScreen';
import { EngagementScreen } from '../features/engagement/EngagementScreen';
import { EngagementsScreen } from '../features/engagements/EngagementsScreen';
import { navigate, useRoute } from './route';

export function App() {
  const route = useRoute();
  const { toggleColorScheme } = useMantineColorScheme();

  useEffect(
    () =>
      onMenuCommand((command, argument) => {
        if (command === 'open-engagements') navigate({ screen: 'engagements' });
        if (command === 'toggle-theme') toggleColorScheme();
        if (command === 'open-engagement' && argument) navigate({ screen: 'engagement', id: argument, step: 'outcome' });
        if (command === 'shortcuts') setShortcuts(true);
      }),
    [toggleColorScheme],
  );

  // "?" anywhere outside a text field opens the list of shortcuts.
  const [shortcuts, setShortcuts] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !isEditable()) setShortcuts(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A damaged library opens in recovery: the backups, and nothing that could write over it.
  const [damaged, setDamaged] = useState<string | null>(null);
  useEffect(() => {
    call('app.info', {}).then(
      (info) => setDamaged(info.damaged),
      () => undefined,
    );
  }, []);
  if (damaged) return <RecoveryScreen message={damaged} />;

  return (
    <>
      {route.screen === 'engagement' ? <EngagementScreen key={route.id} id={route.id} step={route.step} /> : <EngagementsScreen />}
      <ShortcutsSheet opened={shortcuts} onClose={() => setShortcuts(false)} />
    </>
  );
}
