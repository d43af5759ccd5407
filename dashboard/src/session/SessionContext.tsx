import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchMe, signIn as postSignIn, signOut as postSignOut } from '../api/session.js';
import type { Lang } from '../i18n/messages.js';
import { NOBODY, sessionFrom, UNKNOWN, type Session } from './session.js';

interface SessionApi {
  session: Session;
  signIn(username: string, password: string, lang?: Lang): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionApi>({
  session: NOBODY,
  signIn: () => Promise.reject(new Error('no SessionProvider')),
  signOut: () => Promise.resolve(),
});

/** Asks the server who the cookie belongs to once, and again after every sign-in or sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>(UNKNOWN);
  const reload = useCallback(async (signal?: AbortSignal) => {
    try {
      setSession(sessionFrom(await fetchMe(signal)));
    } catch (err) {
      if ((err as Error).name !== 'AbortError') setSession(NOBODY);
    }
  }, []);
  useEffect(() => {
    const ctrl = new AbortController();
    void reload(ctrl.signal);
    return () => ctrl.abort();
  }, [reload]);
  const api = useMemo<SessionApi>(
    () => ({
      session,
      async signIn(username, password, lang) {
        await postSignIn(username, password, lang);
        await reload();
      },
      async signOut() {
        await postSignOut().catch(() => undefined); // signed out locally even when the server is gone
        setSession(NOBODY);
      },
    }),
    [session, reload],
  );
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  return useContext(SessionContext);
}
