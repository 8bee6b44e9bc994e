import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateSettings } from '../api/endpoints';
import { describeError } from '../api/errors';
import { queryKeys } from '../api/queries';
import type { User } from '../api/types';
import { useSession } from '../auth/session';
import { Notice } from './Notice';

/** The learner's choice to appear as "Anonymous" in public lists (a problem's accepted submissions). */
export function AnonymitySetting({ user }: { user: User }) {
  const { client, viewer } = useSession();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (anonymous: boolean) => updateSettings(client, { anonymous }),
    onSuccess: (updated) => queryClient.setQueryData(queryKeys.me(viewer), updated),
  });
  const checked = save.isPending ? save.variables : user.anonymous;
  return (
    <div className="data-action">
      <div>
        <h3>Public name</h3>
        <p className="muted">
          Other learners see who solved a problem in its list of accepted submissions. Stay anonymous to
          appear there as “Anonymous” instead of “{user.displayName}”.
        </p>
      </div>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={checked}
          disabled={save.isPending}
          onChange={(event) => save.mutate(event.target.checked)}
        />
        Stay anonymous in public lists
      </label>
      {save.isError && <Notice tone="error">Could not save: {describeError(save.error)}</Notice>}
    </div>
  );
}
