import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { captureToken } from './api/client';
import { App } from './app/App';
import { SaveProvider } from './app/saveState';
import { installUnloadGuard } from './app/unsaved';
import { PresenterProvider } from './app/presenter';
import { theme } from './app/theme';

captureToken();
installUnloadGuard();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <ModalsProvider labels={{ confirm: 'Confirm', cancel: 'Cancel' }}>
        <Notifications position="bottom-right" />
        <SaveProvider>
          <PresenterProvider>
            <App />
          </PresenterProvider>
        </SaveProvider>
      </ModalsProvider>
    </MantineProvider>
  </StrictMode>,
);
