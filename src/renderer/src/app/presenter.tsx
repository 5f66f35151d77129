import { onMenuCommand } from '../api/client';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

type Presenter = { on: boolean; toggle: () => void };
const PresenterContext = createContext<Presenter>({ on: false, toggle: () => {} });
const KEY = 'causeway.presenter';

/**
 * Presenter view: with a client watching the projector, interviewee names and notes marked
 * confidential disappear from every screen until it is switched off (Ctrl/Cmd+Shift+P).
 */
export function PresenterProvider({ children }: { children: ReactNode }) {
  const [on, setOn] = useState(() => sessionStorage.getItem(KEY) === 'on');
  const toggle = useCallback(() => setOn((v) => !v), []);
  useEffect(() => {
    sessionStorage.setItem(KEY, on ? 'on' : 'off');
    document.body.dataset.presenter = on ? 'on' : 'off';
  }, [on]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        toggle();
      }
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = onMenuCommand((command) => command === 'presenter' && toggle());
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, [toggle]);
  return <PresenterContext.Provider value={{ on, toggle }}>{children}</PresenterContext.Provider>;
}

export const usePresenter = () => useContext(PresenterContext);
