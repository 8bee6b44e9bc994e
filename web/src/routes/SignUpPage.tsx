import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { type SignUpInput, signUp } from '../api/endpoints';
import { useSession } from '../auth/session';
import { useRetryCountdown } from '../auth/useRetryCountdown';
import { FormField } from '../components/FormField';
import { FormProblem, fieldErrors } from '../components/FormProblem';
import { safeNextPath } from './next-path';

export function SignUpPage() {
  const { client, status } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = useMutation({
    mutationFn: (input: SignUpInput) => signUp(client, input),
    onSuccess: () => navigate(next, { replace: true }),
  });
  const retryIn = useRetryCountdown(submit.error);

  if (status === 'signed-in' && !submit.isSuccess) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit.mutate({ displayName, email, password });
  };

  return (
    <div className="auth-page">
      <title>Create an account · Winter Arc</title>
      <div className="card auth-card">
        <h1>Create an account</h1>
        <p className="muted">Track your progress through the roadmap and keep notes on every topic.</p>
        {/* The server validates and names each wrong field; no browser bubbles competing with it. */}
        <form onSubmit={onSubmit} noValidate className="form">
          <FormProblem error={submit.error} retryInSeconds={retryIn} />
          <FormField
            label="Display name"
            name="displayName"
            autoComplete="nickname"
            required
            maxLength={80}
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
            errors={fieldErrors(submit.error, 'displayName')}
            hint="Shown in the header; 1 to 80 characters."
          />
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
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            errors={fieldErrors(submit.error, 'password')}
            hint="10 to 256 characters; a passphrase is best."
          />
          <button type="submit" className="button button-block" disabled={submit.isPending || retryIn > 0}>
            {submit.isPending ? 'Creating your account…' : 'Create account'}
          </button>
        </form>
        <p className="auth-switch">
          Already have an account?{' '}
          <Link to={`/signin${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`}>Sign in</Link>
        </p>
      </div>
    </div>
  );
}
