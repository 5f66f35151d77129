import { Alert, Container, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { BackupList } from './BackupList';

/** Shown instead of the engagement list when the library file is damaged: never an empty library over it. */
export function RecoveryScreen({ message }: { message: string }) {
  useEffect(() => {
    document.body.dataset.ready = 'recovery';
  }, []);
  return (
    <Container size="md" py="xl">
      <Stack>
        <Title order={1}>Your library needs attention</Title>
        <Alert color="red" title="Causeway could not open the library safely" data-testid="recovery-message">
          {message}
        </Alert>
        <Text>
          Nothing has been changed or overwritten. Restore the newest good backup below; whatever library file it replaces is kept beside
          the backups in case it is needed.
        </Text>
        <BackupList allowCreate={false} />
      </Stack>
    </Container>
  );
}
