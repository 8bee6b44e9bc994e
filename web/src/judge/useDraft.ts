/**
 * The code in the editor for one problem: which language is chosen and what is written in it, both
 * kept in localStorage (see draft-storage.ts), starting from the language's starter code.
 */
import { useState } from 'react';
import type { Problem } from '../api/types';
import { browserDraftStorage } from './draft-storage';

const drafts = browserDraftStorage();

export function useDraft(problem: Problem) {
  const starterOf = (id: string) =>
    problem.languages.find((language) => language.id === id)?.starterCode ?? '';
  const [languageId, setLanguageId] = useState(
    () =>
      drafts.lastLanguage(
        problem.slug,
        problem.languages.map((language) => language.id),
      ) ??
      problem.languages[0]?.id ??
      '',
  );
  const [source, setSource] = useState(() => drafts.load(problem.slug, languageId) ?? starterOf(languageId));

  return {
    languageId,
    language: problem.languages.find((language) => language.id === languageId),
    source,
    /** True while the code is still the untouched starter code. */
    isStarter: source === starterOf(languageId),
    chooseLanguage(next: string) {
      setLanguageId(next);
      drafts.rememberLanguage(problem.slug, next);
      setSource(drafts.load(problem.slug, next) ?? starterOf(next));
    },
    edit(next: string) {
      setSource(next);
      drafts.save(problem.slug, languageId, next);
    },
    /** Forgets the draft and starts again from the starter code. */
    reset() {
      drafts.discard(problem.slug, languageId);
      setSource(starterOf(languageId));
    },
  };
}
