/**
 * Who is signed in, for every screen. The session itself lives in the API client (which needs the
 * token); this context mirrors it into React and restores it after a reload from the refresh cookie.
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react';
import type { ApiClient } from '../api/client';
import type { User } from '../api/types';

export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';

export interface SessionValue {
  status: SessionStatus;
  user: User | null;
  /** Part of every query key whose answer depends on who asks, so accounts never share a cache. */
  viewer: string;
  client: ApiClient;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const subscribe = useCallback((onChange: () => void) => client.subscribe(onChange), [client]);
  const session = useSyncExternalStore(subscribe, () => client.session);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    let mounted = true;
    // A failed restore (server down) leaves the visitor signed out; a later 401 will try again.
    client
      .restore()
      .catch(() => null)
      .finally(() => {
        if (mounted) setRestored(true);
      });
    return () => {
      mounted = false;
    };
  }, [client]);

  const user = session?.user ?? null;
  const status: SessionStatus = user !== null ? 'signed-in' : restored ? 'signed-out' : 'restoring';
  const value: SessionValue = { status, user, viewer: user?.id ?? 'anonymous', client };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession must be used inside <SessionProvider>.');
  return value;
}
