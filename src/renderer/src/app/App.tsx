import { useEffect } from 'react';
import { useMantineColorScheme } from '@mantine/core';
import { onMenuCommand } from '../api/client';
import { EngagementScreen } from '../features/engagement/EngagementScreen';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { navigate, useRoute } from './route';

export function App() {
  const route = useRoute();
  const { toggleColorScheme } = useMantineColorScheme();

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'open-library') navigate({ screen: 'library' });
        if (command === 'toggle-theme') toggleColorScheme();
      }),
    [toggleColorScheme],
  );

  return route.screen === 'engagement' ? <EngagementScreen key={route.id} id={route.id} step={route.step} /> : <LibraryScreen />;
}
