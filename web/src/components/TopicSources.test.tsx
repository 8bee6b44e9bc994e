// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TopicSources } from './TopicSources';

afterEach(cleanup);

describe('TopicSources', () => {
  it('links every reference in a new tab with what to read there, and shows versions and the review day', () => {
    render(
      <TopicSources
        references={[
          {
            title: 'RFC 9110 — HTTP Semantics',
            url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15',
            read: 'Section 15, the status codes.',
          },
          { title: 'Python asyncio', url: 'https://docs.python.org/3/library/asyncio.html', read: 'Tasks.' },
        ]}
        versions={['Python 3.14', 'PostgreSQL 18']}
        reviewedOn="2026-12-02"
      />,
    );
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const link = screen.getByRole('link', { name: 'RFC 9110 — HTTP Semantics' });
    expect(link.getAttribute('href')).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(items[0]!.textContent).toContain('Section 15, the status codes.');
    expect(screen.getByText('Python 3.14, PostgreSQL 18')).toBeTruthy();
    const day = screen.getByText('2 December 2026');
    expect(day.tagName).toBe('TIME');
    expect(day.getAttribute('datetime')).toBe('2026-12-02');
  });

  it('says plainly when a topic has no sources and has not been reviewed', () => {
    render(<TopicSources references={[]} versions={[]} reviewedOn={null} />);
    expect(screen.getByText('No sources listed for this topic yet.')).toBeTruthy();
    expect(screen.getByText('not yet reviewed against its sources')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
