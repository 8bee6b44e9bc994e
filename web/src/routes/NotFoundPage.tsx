import { useLocation } from 'react-router';
import { NotFound } from '../components/NotFound';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <NotFound title="Page not found">
      There is no page at <code>{pathname}</code>.
    </NotFound>
  );
}
