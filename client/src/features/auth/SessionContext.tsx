import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { CurrentUser } from '@ehcp/shared';
import { api, ApiError } from '../../api/index.ts';
import { clearAllLocalCopies } from '../../editor/index.ts';

interface SessionValue {
  user: CurrentUser | null;
  isLoading: boolean;
  setUser(user: CurrentUser | null): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Loads the signed-in staff member once and shares them with the app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  useEffect(() => {
    api
      .me()
      .then(({ user: me }) => setUser(me))
      .catch((error: unknown) => {
        if (!(error instanceof ApiError) || error.status !== 401) console.error(error);
      })
      .finally(() => setIsLoading(false));
  }, []);
  const signOut = useCallback(async () => {
    await api.logout();
    // A school computer is shared: the next person must find no report text in this browser.
    await clearAllLocalCopies().catch(() => undefined);
    setUser(null);
  }, []);
  return <SessionContext.Provider value={{ user, isLoading, setUser, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
