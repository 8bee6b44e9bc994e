import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { changePassword } from '../api/endpoints';
import { useSession } from '../auth/session';
import { FormField } from './FormField';
import { FormProblem, fieldErrors } from './FormProblem';
import { Notice } from './Notice';

/** A new password, proven by the current one; the server signs out every other device. */
export function ChangePassword() {
  const { client } = useSession();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const save = useMutation({
    mutationFn: () => changePassword(client, { currentPassword, newPassword }),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="data-action" onSubmit={submit} aria-label="Change password">
      <div>
        <h3>Change password</h3>
        <p className="muted">Every other device signed in to your account is signed out.</p>
      </div>
      <FormField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        value={currentPassword}
        onChange={(event) => setCurrentPassword(event.target.value)}
        errors={fieldErrors(save.error, 'currentPassword')}
      />
      <FormField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
        errors={fieldErrors(save.error, 'newPassword')}
        hint="At least 10 characters, not a common password nor your name or email; a few unrelated words work well."
      />
      <FormProblem error={save.error} retryInSeconds={0} />
      {save.isSuccess && <Notice tone="success">Password changed. Other devices are signed out.</Notice>}
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Change password'}
      </button>
    </form>
  );
}
