import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { apiClient } from './api/app-client';
import { ApiError } from './api/errors';
import { SessionProvider } from './auth/session';
import { LiveEventsProvider } from './judge/LiveEventsProvider';
import './styles/base.css';
import './styles/app.css';
import './styles/judge.css';
import './styles/quiz.css';

/** A 4xx will be the same next time; only network failures and 5xx are worth retrying by themselves. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <SessionProvider client={apiClient}>
          <LiveEventsProvider client={apiClient}>
            <App />
          </LiveEventsProvider>
        </SessionProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
