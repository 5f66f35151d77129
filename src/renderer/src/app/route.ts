import { useEffect, useState } from 'react';

export const steps = ['outcome', 'performance', 'causes', 'capabilities', 'interventions', 'evaluation', 'report'] as const;
export type Step = (typeof steps)[number];

/** What an engagement screen shows: one of the seven steps, or the map of the whole chain. */
export type View = Step | 'map' | 'workshop';
export type Route = { screen: 'engagements' } | { screen: 'engagement'; id: string; step: View };

/** Routes live in the hash (#/engagement/<id>/<step>) so a reload returns to the same place. */
export function parseRoute(hash: string): Route {
  const [, screen, id, step] = hash.replace(/^#/, '').split('/');
  if (screen === 'engagement' && id)
    return { screen, id, step: steps.includes(step as Step) || step === 'map' || step === 'workshop' ? (step as View) : 'outcome' };
  return { screen: 'engagements' };
}

export function routeHash(route: Route) {
  return route.screen === 'engagements' ? '#/' : `#/engagement/${route.id}/${route.step}`;
}

export function navigate(route: Route) {
  window.location.hash = routeHash(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
