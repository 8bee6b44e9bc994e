// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Submission, SubmissionTest } from '../api/types';
import { SubmissionView } from './SubmissionView';

afterEach(cleanup);

function submission(overrides: Partial<Submission> = {}): Submission {
  return {
    id: 's1',
    problem: 'rope-pairs',
    language: 'python',
    mode: 'submit',
    status: 'done',
    verdict: 'AC',
    score: null,
    maxScore: null,
    message: null,
    testsRun: 2,
    testsTotal: 2,
    compileMs: null,
    output: null,
    createdAt: '2026-01-01T00:00:00Z',
    judgedAt: '2026-01-01T00:00:01Z',
    delayed: null,
    queuePosition: null,
    tests: [],
    ...overrides,
  };
}

const test = (overrides: Partial<SubmissionTest>): SubmissionTest => ({
  name: 'sample/1',
  sample: true,
  verdict: 'AC',
  timeMs: 12,
  memoryKb: 8192,
  message: null,
  ...overrides,
});

describe('SubmissionView while judging', () => {
  it('says it waits for a judge before any event', () => {
    render(<SubmissionView submission={submission({ status: 'queued', verdict: null })} event={undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Waiting for a judge…');
  });

  it('shows its place in the judge line, from the submission and then from live events', () => {
    const waiting = submission({ status: 'queued', verdict: null, queuePosition: 3 });
    const { rerender } = render(<SubmissionView submission={waiting} event={undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Waiting for a judge: 3rd in queue');
    rerender(
      <SubmissionView
        submission={waiting}
        event={{ type: 'submission', id: 's1', stage: 'queued', position: 1 }}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Waiting for a judge: next in queue');
    rerender(
      <SubmissionView
        submission={waiting}
        event={{ type: 'submission', id: 's1', stage: 'judging', attempt: 1 }}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Judging…');
  });

  it('says judging is delayed, and why, instead of waiting silently', () => {
    const reason =
      'Judging this submission stopped its workers repeatedly, so it is set aside for an operator.';
    const parked = submission({
      status: 'queued',
      verdict: null,
      delayed: { since: '2026-01-01T00:05:00Z', reason },
    });
    const { rerender } = render(<SubmissionView submission={parked} event={undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Delayed');
    expect(screen.getByText(reason)).toBeTruthy();

    // Heard live: the event's reason; once a worker takes it, the delay is over.
    const live = 'Judging is taking longer than usual.';
    const queued = submission({ status: 'queued', verdict: null });
    rerender(
      <SubmissionView
        submission={queued}
        event={{ type: 'submission', id: 's1', stage: 'delayed', reason: live }}
      />,
    );
    expect(screen.getByText(live)).toBeTruthy();
    rerender(
      <SubmissionView
        submission={queued}
        event={{ type: 'submission', id: 's1', stage: 'judging', attempt: 1 }}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Judging…');
    expect(screen.queryByText(live)).toBeNull();
  });

  it('shows compiling, then which test of how many', () => {
    const queued = submission({ status: 'judging', verdict: null });
    const { rerender } = render(
      <SubmissionView submission={queued} event={{ type: 'submission', id: 's1', stage: 'compiling' }} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Compiling…');
    rerender(
      <SubmissionView
        submission={queued}
        event={{ type: 'submission', id: 's1', stage: 'testing', test: 3, of: 20 }}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Test 3 of 20');
  });
});

describe('SubmissionView with a verdict', () => {
  it('names the verdict, explains it in plain words and colours it as a success', () => {
    render(<SubmissionView submission={submission()} event={undefined} />);
    const panel = screen.getByRole('status');
    expect(panel.textContent).toContain('Accepted');
    expect(panel.textContent).toContain('right answer on every test');
    expect(panel.className).toContain('verdict-panel-success');
    expect(panel.textContent).toContain('2 of 2 tests run');
  });

  it.each([
    ['WA', 'Wrong Answer', 'failure'],
    ['TLE', 'Time Limit Exceeded', 'limit'],
    ['MLE', 'Memory Limit Exceeded', 'limit'],
    ['RE', 'Runtime Error', 'failure'],
    ['OLE', 'Output Limit Exceeded', 'limit'],
    ['CE', 'Compilation Error', 'failure'],
    ['IE', 'Internal Error', 'neutral'],
  ] as const)('shows %s as %s', (verdict, name, tone) => {
    render(<SubmissionView submission={submission({ verdict })} event={undefined} />);
    const panel = screen.getByRole('status');
    expect(panel.textContent).toContain(name);
    expect(panel.className).toContain(`verdict-panel-${tone}`);
  });

  it("shows the compiler's message for a compilation error", () => {
    const message = "Main.java:3: error: ';' expected";
    render(
      <SubmissionView submission={submission({ verdict: 'CE', message, tests: [] })} event={undefined} />,
    );
    expect(screen.getByRole('heading', { name: 'Compiler message' })).toBeTruthy();
    expect(screen.getByText(message)).toBeTruthy();
  });

  it('shows input, expected and actual answer of a failed sample', () => {
    const failed = test({ verdict: 'WA', input: '[[1,2],1]', expected: '1', actual: '2' });
    render(
      <SubmissionView
        submission={submission({ verdict: 'WA', tests: [failed, test({ name: 'secret/1', sample: false })] })}
        event={undefined}
      />,
    );
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('sample/1');
    expect(rows[1]?.textContent).toContain('WA');
    expect(rows[1]?.textContent).toContain('12 ms');
    expect(rows[1]?.textContent).toContain('8 MiB');
    expect(rows[2]?.textContent).toContain('Input[[1,2],1]');
    expect(rows[2]?.textContent).toContain('Expected1');
    expect(rows[2]?.textContent).toContain('Your answer2');
    expect(rows[3]?.textContent).toContain('secret/1');
  });

  it('shows the output of a run on custom input', () => {
    render(<SubmissionView submission={submission({ mode: 'run', output: '42\n' })} event={undefined} />);
    expect(screen.getByRole('heading', { name: 'Output' })).toBeTruthy();
    expect(screen.getByText('42')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('(run)');
  });

  it('shows the verdict from the live event before the full result is fetched', () => {
    render(
      <SubmissionView
        submission={submission({ status: 'judging', verdict: null })}
        event={{
          type: 'submission',
          id: 's1',
          stage: 'done',
          verdict: 'TLE',
          score: null,
          testsRun: 4,
          testsTotal: 9,
        }}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('Time Limit Exceeded');
  });
});
