/**
 * The learner's code, kept per problem and language in localStorage so a reload (or a detour through
 * sign-in) loses nothing. Storage can be full or disabled (private modes); the editor then still
 * works, it just forgets on reload.
 */

/** The parts of the Web Storage API used here, so tests can pass a Map-backed one. */
export type DraftStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const prefix = 'winterarc:draft:v1';
const draftKey = (problem: string, language: string) => `${prefix}:${problem}:${language}`;
const languageKey = (problem: string) => `${prefix}:${problem}:language`;

function read(store: DraftStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

function write(store: DraftStore, key: string, value: string): void {
  try {
    store.setItem(key, value);
  } catch {
    // Quota exceeded or storage disabled: keep working without persistence.
  }
}

export class DraftStorage {
  readonly #store: DraftStore;

  constructor(store: DraftStore) {
    this.#store = store;
  }

  /** The saved code for this problem in this language, or null if there is none. */
  load(problem: string, language: string): string | null {
    return read(this.#store, draftKey(problem, language));
  }

  save(problem: string, language: string, source: string): void {
    write(this.#store, draftKey(problem, language), source);
  }

  /** Forgets the draft, so the editor starts again from the starter code. */
  discard(problem: string, language: string): void {
    try {
      this.#store.removeItem(draftKey(problem, language));
    } catch {
      // Nothing stored, nothing to forget.
    }
  }

  /** The language last chosen for this problem, if it is still one the problem accepts. */
  lastLanguage(problem: string, accepted: readonly string[]): string | null {
    const language = read(this.#store, languageKey(problem));
    return language !== null && accepted.includes(language) ? language : null;
  }

  rememberLanguage(problem: string, language: string): void {
    write(this.#store, languageKey(problem), language);
  }
}

/** The browser's localStorage, or a forgetful stand-in where it is unavailable. */
export function browserDraftStorage(): DraftStorage {
  try {
    if (typeof localStorage !== 'undefined') return new DraftStorage(localStorage);
  } catch {
    // Accessing localStorage itself throws when storage is blocked.
  }
  const memory = new Map<string, string>();
  return new DraftStorage({
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
    removeItem: (key) => void memory.delete(key),
  });
}
