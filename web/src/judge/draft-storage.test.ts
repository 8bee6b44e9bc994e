import { describe, expect, it } from 'vitest';
import { DraftStorage, type DraftStore } from './draft-storage';

function memoryStore(): DraftStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

const brokenStore: DraftStore = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
};

describe('DraftStorage', () => {
  it('keeps a draft per problem and per language', () => {
    const drafts = new DraftStorage(memoryStore());
    drafts.save('rope-pairs', 'python', 'def solve(): pass');
    drafts.save('rope-pairs', 'java', 'class Solution {}');
    drafts.save('exact-climb', 'python', 'print(1)');

    expect(drafts.load('rope-pairs', 'python')).toBe('def solve(): pass');
    expect(drafts.load('rope-pairs', 'java')).toBe('class Solution {}');
    expect(drafts.load('exact-climb', 'python')).toBe('print(1)');
    expect(drafts.load('exact-climb', 'java')).toBeNull();
  });

  it('survives a new instance over the same storage, as after a reload', () => {
    const store = memoryStore();
    new DraftStorage(store).save('rope-pairs', 'python', 'x = 1');
    expect(new DraftStorage(store).load('rope-pairs', 'python')).toBe('x = 1');
  });

  it('keeps an empty draft rather than falling back to the starter code', () => {
    const drafts = new DraftStorage(memoryStore());
    drafts.save('rope-pairs', 'python', '');
    expect(drafts.load('rope-pairs', 'python')).toBe('');
  });

  it('forgets a discarded draft', () => {
    const drafts = new DraftStorage(memoryStore());
    drafts.save('rope-pairs', 'python', 'x = 1');
    drafts.discard('rope-pairs', 'python');
    expect(drafts.load('rope-pairs', 'python')).toBeNull();
  });

  it('remembers the chosen language only while the problem still accepts it', () => {
    const drafts = new DraftStorage(memoryStore());
    drafts.rememberLanguage('rope-pairs', 'java');
    expect(drafts.lastLanguage('rope-pairs', ['python', 'java'])).toBe('java');
    expect(drafts.lastLanguage('rope-pairs', ['python'])).toBeNull();
    expect(drafts.lastLanguage('exact-climb', ['python', 'java'])).toBeNull();
  });

  it('keeps working when storage is blocked or full', () => {
    const drafts = new DraftStorage(brokenStore);
    expect(() => drafts.save('rope-pairs', 'python', 'x')).not.toThrow();
    expect(() => drafts.discard('rope-pairs', 'python')).not.toThrow();
    expect(drafts.load('rope-pairs', 'python')).toBeNull();
    expect(drafts.lastLanguage('rope-pairs', ['python'])).toBeNull();
  });
});
