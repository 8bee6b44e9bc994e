import { Outlet } from 'react-router';
import { AppHeader } from './AppHeader';

export function Layout() {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppHeader />
      <main id="main" className="page">
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="app-footer-inner">
          <span>Winter Arc — a self-hosted training ground.</span>
          <a href="/docs">API documentation</a>
        </div>
      </footer>
    </>
  );
}
