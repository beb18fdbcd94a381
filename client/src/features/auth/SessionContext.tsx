import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { sessionRoutes, type CurrentUser } from '@ehcp/shared';
import { ApiError, callApi, queryKeyOf, useApiQuery } from '../../api/index.ts';
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
  const queryClient = useQueryClient();
  const me = useApiQuery(sessionRoutes.me, {}, { retry: false });
  if (me.error && !(me.error instanceof ApiError && me.error.status === 401)) console.error(me.error);
  const user = me.data?.user ?? null;
  const setUser = useCallback(
    (next: CurrentUser | null) => queryClient.setQueryData(queryKeyOf(sessionRoutes.me, {}), next ? { user: next } : null),
    [queryClient],
  );
  const signOut = useCallback(async () => {
    await callApi(sessionRoutes.logout, {});
    // A school computer is shared: the next person must find no report text in this browser.
    await clearAllLocalCopies().catch(() => undefined);
    queryClient.clear();
    setUser(null);
  }, [queryClient, setUser]);
  const isLoading = me.isPending && !me.error;
  return <SessionContext.Provider value={{ user, isLoading, setUser, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
