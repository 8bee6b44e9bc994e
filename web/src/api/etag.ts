/**
 * Progress versions travel as strong ETags (`"3"`). The topic detail carries the version in its body,
 * the progress endpoints in the ETag header; both end up as the If-Match of the next change.
 */

export function etagOfVersion(version: number): string {
  return `"${version}"`;
}

/** The version an ETag names, or undefined for anything that is not one of ours. */
export function versionOfEtag(etag: string | null): number | undefined {
  const match = etag === null ? null : /^"(\d+)"$/.exec(etag.trim());
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
