import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { type SignInInput, signIn } from '../api/endpoints';
import { useSession } from '../auth/session';
import { useRetryCountdown } from '../auth/useRetryCountdown';
import { FormField } from '../components/FormField';
import { FormProblem, fieldErrors } from '../components/FormProblem';
import { safeNextPath } from './next-path';

export function SignInPage() {
  const { client, status } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = useMutation({
    mutationFn: (input: SignInInput) => signIn(client, input),
    onSuccess: () => navigate(next, { replace: true }),
  });
  const retryIn = useRetryCountdown(submit.error);

  if (status === 'signed-in' && !submit.isSuccess) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit.mutate({ email, password });
  };

  return (
    <div className="auth-page">
      <title>Sign in · Winter Arc</title>
      <div className="card auth-card">
        <h1>Sign in</h1>
        <p className="muted">Welcome back. Pick up where you left off.</p>
        {/* The server validates and names each wrong field; no browser bubbles competing with it. */}
        <form onSubmit={onSubmit} noValidate className="form">
          <FormProblem error={submit.error} retryInSeconds={retryIn} />
          <FormField
            label="Email"
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            errors={fieldErrors(submit.error, 'email')}
          />
          <FormField
            label="Password"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            errors={fieldErrors(submit.error, 'password')}
          />
          <button type="submit" className="button button-block" disabled={submit.isPending || retryIn > 0}>
            {submit.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="auth-switch">
          New here?{' '}
          <Link to={`/signup${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`}>
            Create an account
          </Link>
        </p>
      </div>
    </div>
  );
}
