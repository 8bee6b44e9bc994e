import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { deleteAccount } from '../api/endpoints';
import { useSession } from '../auth/session';
import { FormField } from './FormField';
import { FormProblem, fieldErrors } from './FormProblem';

/**
 * Deleting the account: a first button opens a confirmation that says what goes and asks for the
 * password, so neither a slip of the mouse nor someone at an unlocked screen erases it.
 */
export function DeleteAccount() {
  const { client } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const erase = useMutation({
    mutationFn: () => deleteAccount(client, password),
    onSuccess: () => {
      queryClient.clear();
      navigate('/', { replace: true });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    erase.mutate();
  };
  return (
    <div className="data-action">
      <div>
        <h3>Delete account</h3>
        <p className="muted">
          Erases your account, your progress and notes, and every submission you made. This cannot be undone;
          export your progress first if you want to keep it.
        </p>
      </div>
      {!confirming && (
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          Delete my account…
        </button>
      )}
      {confirming && (
        <form className="danger-zone" onSubmit={submit} aria-label="Confirm account deletion">
          <FormField
            label="Your password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            errors={fieldErrors(erase.error, 'password')}
            hint="Type your password to confirm that you want to delete everything."
          />
          <FormProblem error={erase.error} retryInSeconds={0} />
          <div className="form-actions">
            <button
              type="submit"
              className="button button-danger"
              disabled={erase.isPending || password === ''}
            >
              {erase.isPending ? 'Deleting…' : 'Delete my account for good'}
            </button>
            <button
              type="button"
              className="button button-ghost"
              onClick={() => {
                setConfirming(false);
                setPassword('');
                erase.reset();
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
