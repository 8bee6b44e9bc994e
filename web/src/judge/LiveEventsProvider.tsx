/**
 * Holds the app's one LiveEvents socket and ties it to the session: it connects when someone signs
 * in, reconnects as another account when the user changes, and closes on sign-out.
 */
import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { ApiClient } from '../api/client';
import { LiveEvents, liveEventsUrl } from './live-events';

const LiveEventsContext = createContext<LiveEvents | null>(null);

export function createLiveEvents(client: ApiClient): LiveEvents {
  return new LiveEvents({
    url: liveEventsUrl(window.location),
    createSocket: (url) => new WebSocket(url),
    getToken: () => client.session?.accessToken,
    refreshToken: async () => (await client.refresh())?.accessToken,
  });
}

interface LiveEventsProviderProps {
  client: ApiClient;
  /** Injected in tests; by default a real WebSocket to this page's origin. */
  live?: LiveEvents;
  children: ReactNode;
}

export function LiveEventsProvider({ client, live: injected, children }: LiveEventsProviderProps) {
  const [live] = useState(() => injected ?? createLiveEvents(client));

  useEffect(() => {
    let userId = client.session?.user.id;
    if (userId !== undefined) live.start();
    const unsubscribe = client.subscribe((session) => {
      const next = session?.user.id;
      if (next === userId) return;
      userId = next;
      live.stop();
      if (next !== undefined) live.start();
    });
    return () => {
      unsubscribe();
      live.stop();
    };
  }, [client, live]);

  return <LiveEventsContext.Provider value={live}>{children}</LiveEventsContext.Provider>;
}

export function useLiveEvents(): LiveEvents {
  const live = useContext(LiveEventsContext);
  if (live === null) throw new Error('useLiveEvents must be used inside <LiveEventsProvider>.');
  return live;
}

/** Whether live events are flowing right now (re-renders when that changes). */
export function useLiveConnected(live: LiveEvents): boolean {
  return useSyncExternalStore(
    (onChange) => live.onConnectionChange(onChange),
    () => live.connected,
  );
}
