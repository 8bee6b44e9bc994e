import type { ReactNode } from 'react';

interface NoticeProps {
  tone: 'info' | 'success' | 'warning' | 'error';
  children: ReactNode;
}

/** A boxed message; errors and warnings are announced to screen readers as they appear. */
export function Notice({ tone, children }: NoticeProps) {
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <div className={`notice notice-${tone}`} role={urgent ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
