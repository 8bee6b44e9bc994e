import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { signOut } from '../api/endpoints';
import { useSession } from './session';

/** Signs out and drops every cached answer, so the next person at this browser sees none of it. */
export function useSignOut() {
  const { client } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => signOut(client),
    onSettled: () => {
      queryClient.clear();
      navigate('/');
    },
  });
}
