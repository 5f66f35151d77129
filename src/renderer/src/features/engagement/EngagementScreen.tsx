import { lazy, Suspense, useEffect } from 'react';
import { Alert, AppShell, Button, Center, Container, Loader, Stack } from '@mantine/core';
import { navigate, type View } from '../../app/route';
import { OutcomeStep } from '../outcome/OutcomeStep';
const ReportStep = lazy(() => import('../report/ReportStep').then((m) => ({ default: m.ReportStep })));
import { PerformanceStep } from '../performance/PerformanceStep';
import { CausesStep } from '../causes/CausesStep';
import { InterventionsStep } from '../interventions/InterventionsStep';
import { WorkshopView } from '../workshop/WorkshopView';

// The map (React Flow) and the heavier steps load when first opened, so the engagement list starts fast.
const MapView = lazy(() => import('../map/MapView').then((m) => ({ default: m.MapView })));
const CapabilitiesStep = lazy(() => import('../capabilities/CapabilitiesStep').then((m) => ({ default: m.CapabilitiesStep })));
const CultureView = lazy(() => import('../culture/CultureView').then((m) => ({ default: m.CultureView })));
const EvaluationStep = lazy(() => import('../evaluation/EvaluationStep').then((m) => ({ default: m.EvaluationStep })));
import { EngagementHeader } from './EngagementHeader';
import { StepNav } from './StepNav';
import { useEngagement } from './useEngagement';
import { useUndoKeys } from './useUndoKeys';
import { settle } from '../../app/saveState';
import classes from './EngagementScreen.module.css';

export function EngagementScreen({ id, step }: { id: string; step: View }) {
  const { detail, loadError, api } = useEngagement(id);
  useUndoKeys(
    () => settle(api.undo()),
    () => settle(api.redo()),
  );

  useEffect(() => {
    if (detail) document.title = `${detail.engagement.name} · Causeway`;
    document.body.dataset.ready = detail ? 'engagement' : 'loading';
  }, [detail]);

  if (loadError)
    return (
      <Container size="sm" py="xl">
        <Alert color="red" title="This engagement cannot be opened">
          <Stack>
            {loadError}
            <Button variant="default" onClick={() => navigate({ screen: 'engagements' })}>
              Back to the engagements
            </Button>
          </Stack>
        </Alert>
      </Container>
    );
  if (detail && step === 'workshop') return <WorkshopView api={api} detail={detail} />;
  if (!detail)
    return (
      <Center h="100vh">
        <Loader role="status" aria-label="Opening the engagement" />
      </Center>
    );

  return (
    <AppShell header={{ height: 64 }} padding="md">
      <AppShell.Header>
        <EngagementHeader api={api} detail={detail} view={step} />
      </AppShell.Header>
      <AppShell.Main>
        <Container size={step === 'map' ? '100%' : 'xl'} px={0} className={step === 'map' ? classes.fill : undefined}>
          <Stack gap="lg">
            <StepNav current={step} detail={detail} onSelect={(s) => navigate({ screen: 'engagement', id, step: s })} />
            <main aria-live="off">
              <Suspense fallback={<Loader role="status" aria-label="Loading" />}>
                {step === 'outcome' && <OutcomeStep api={api} detail={detail} />}
                {step === 'performance' && <PerformanceStep api={api} detail={detail} />}
                {step === 'causes' && <CausesStep api={api} detail={detail} />}
                {step === 'capabilities' && <CapabilitiesStep api={api} detail={detail} />}
                {step === 'interventions' && <InterventionsStep api={api} detail={detail} />}
                {step === 'map' && <MapView api={api} detail={detail} />}
                {step === 'culture' && <CultureView api={api} detail={detail} />}
                {step === 'evaluation' && <EvaluationStep api={api} detail={detail} />}
                {step === 'report' && <ReportStep detail={detail} />}
              </Suspense>
            </main>
          </Stack>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
