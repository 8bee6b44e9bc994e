import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { RequireSignIn } from './auth/RequireSignIn';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { AccountPage } from './routes/AccountPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { ProblemsPage } from './routes/ProblemsPage';
import { QuizPage } from './routes/QuizPage';
import { RoadmapPage } from './routes/RoadmapPage';
import { SignInPage } from './routes/SignInPage';
import { SignUpPage } from './routes/SignUpPage';
import { TopicPage } from './routes/TopicPage';

/** A new page starts at its top, as it would with full page loads (hash links scroll themselves). */
function ScrollToTopOnNavigate() {
  const { pathname, hash } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of pathname is what triggers the scroll
  useEffect(() => {
    if (hash === '') window.scrollTo(0, 0);
  }, [pathname, hash]);
  return null;
}

// The problem page brings the editor and the Markdown renderer; only learners who open one load them.
const ProblemPage = lazy(() => import('./routes/ProblemPage'));

export function App() {
  return (
    <>
      <ScrollToTopOnNavigate />
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<RoadmapPage />} />
          <Route path="topics/:slug" element={<TopicPage />} />
          <Route path="topics/:slug/quiz" element={<QuizPage />} />
          <Route path="problems" element={<ProblemsPage />} />
          <Route
            path="problems/:slug"
            element={
              <Suspense fallback={<Loading label="Loading the problem…" />}>
                <ProblemPage />
              </Suspense>
            }
          />
          <Route path="signin" element={<SignInPage />} />
          <Route path="signup" element={<SignUpPage />} />
          <Route
            path="me"
            element={
              <RequireSignIn>
                <AccountPage />
              </RequireSignIn>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
