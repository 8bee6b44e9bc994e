// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuizQuestion, QuizResult } from '../api/types';
import { QuizResultView } from './QuizResultView';

afterEach(cleanup);

const question = (kind: QuizQuestion['kind']): QuizQuestion => ({
  id: 'q',
  topic: 't',
  kind,
  difficulty: 2,
  concept: 'c',
  prompt: 'p',
});

describe('QuizResultView', () => {
  it('marks the learner’s choice and says why every option is right or wrong', () => {
    const result: QuizResult = {
      question: 'q',
      correct: false,
      response: { options: [2] },
      answer: { options: [1] },
      explanation: 'Tuples of hashable items are hashable.',
      options: [
        { id: 2, text: '`[1, 2]`', correct: false, why: 'Lists are mutable.' },
        { id: 1, text: '`(1, 2)`', correct: true, why: 'Immutable.' },
      ],
      references: [{ title: 'Glossary', url: 'https://docs.python.org/3/glossary.html' }],
    };
    render(<QuizResultView question={question('single')} result={result} />);
    expect(screen.getByText('Not quite.')).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Wrong · your choice');
    expect(items[0]!.textContent).toContain('Lists are mutable.');
    expect(items[1]!.textContent).toContain('Right');
    expect(items[1]!.textContent).not.toContain('your choice');
    expect(screen.getByText('Tuples of hashable items are hashable.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Glossary' }).getAttribute('rel')).toContain('noopener');
  });

  it('states the right number with its unit, and every accepted short answer', () => {
    const numeric: QuizResult = {
      question: 'q',
      correct: true,
      response: { value: 4950 },
      answer: { value: 4950, unit: 'comparisons' },
      explanation: 'One per pair.',
      references: [],
    };
    const { unmount } = render(<QuizResultView question={question('numeric')} result={numeric} />);
    expect(screen.getByText('Right.')).toBeTruthy();
    expect(document.querySelector('.quiz-right-answer')!.textContent).toBe('The answer: 4950 comparisons');
    unmount();
    const short: QuizResult = {
      question: 'q',
      correct: false,
      response: { text: '412' },
      answer: { text: '409', accepted: ['409', '409 Conflict'] },
      explanation: 'Conflict.',
      references: [],
    };
    render(<QuizResultView question={question('short')} result={short} />);
    expect(document.querySelector('.quiz-right-answer')!.textContent).toBe(
      'Accepted answers: 409 · 409 Conflict',
    );
  });
});
