import { describe, expect, it } from 'vitest';
import { etagOfVersion, versionOfEtag } from './etag';

describe('progress ETags', () => {
  it('round-trips a version', () => {
    expect(etagOfVersion(3)).toBe('"3"');
    expect(versionOfEtag('"3"')).toBe(3);
  });

  it('rejects what is not one of ours', () => {
    expect(versionOfEtag(null)).toBeUndefined();
    expect(versionOfEtag('W/"3"')).toBeUndefined();
    expect(versionOfEtag('3')).toBeUndefined();
    expect(versionOfEtag('"abc"')).toBeUndefined();
  });
});
