import { useEffect, useState } from 'react';
import { ApiError } from '../api/errors';

/**
 * Seconds left before a throttled (429) request may be sent again; 0 when it may be sent now. Ticks
 * once a second so the form can show the wait and re-enable itself when it is over.
 */
export function useRetryCountdown(error: unknown): number {
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const wait = error instanceof ApiError && error.status === 429 ? error.retryAfterSeconds : undefined;
    setDeadline(wait === undefined ? null : Date.now() + wait * 1000);
    setNow(Date.now());
  }, [error]);

  useEffect(() => {
    if (deadline === null) return;
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= deadline) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [deadline]);

  return deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000));
}
