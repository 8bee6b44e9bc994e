/**
 * Where to go after signing in. Only same-app paths are accepted, so a crafted link
 * (`/signin?next=https://evil.example`) cannot send someone off-site after they sign in.
 */
export function safeNextPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
