// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSearchAddress } from '@/components/search/useSearchAddress';
import type { SearchQuery } from '@/lib/search/query/types';

afterEach(cleanup);

/** A page that starts a search and links to page 3 of the current search. */
function Probe({ show }: { show: (query: SearchQuery, moveFocus: boolean) => void }) {
  const { go, link } = useSearchAddress('th', show);
  return (
    <>
      <button onClick={() => go({ q: 'ฝุ่น', agency: 'moph', sort: 'date', page: 1 })}>go</button>
      <a {...link({ q: 'ฝุ่น', sort: 'relevance', page: 3 })}>page 3</a>
    </>
  );
}

describe('useSearchAddress', () => {
  it('reads the search in the address once mounted, writes each new one, and reads it again on back', () => {
    window.history.replaceState(null, '', '/th/search?q=TELMIN&year=2018&page=2');
    const show = vi.fn();
    render(<Probe show={show} />);
    expect(show.mock.calls).toEqual([[{ q: 'TELMIN', year: 2018, sort: 'relevance', page: 2 }, false]]);

    fireEvent.click(screen.getByText('go'));
    expect(window.location.search).toBe('?q=%E0%B8%9D%E0%B8%B8%E0%B9%88%E0%B8%99&agency=moph&sort=date');
    expect(show.mock.calls[1]).toEqual([{ q: 'ฝุ่น', agency: 'moph', sort: 'date', page: 1 }, false]);

    act(() => {
      window.history.replaceState(null, '', '/th/search?q=TELMIN');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(show.mock.calls[2]).toEqual([{ q: 'TELMIN', sort: 'relevance', page: 1 }, false]);
  });

  it('gives page links a real address, followed in place with focus moved, or the usual way with a modifier key', () => {
    window.history.replaceState(null, '', '/th/search');
    const show = vi.fn();
    render(<Probe show={show} />);
    expect(show).not.toHaveBeenCalled(); // no search in the address: the form stays as the reader left it
    const link = screen.getByText('page 3');
    expect(link.getAttribute('href')).toBe('/th/search?q=%E0%B8%9D%E0%B8%B8%E0%B9%88%E0%B8%99&page=3');

    fireEvent.click(link);
    expect(window.location.search).toBe('?q=%E0%B8%9D%E0%B8%B8%E0%B9%88%E0%B8%99&page=3');
    expect(show.mock.calls.at(-1)).toEqual([{ q: 'ฝุ่น', sort: 'relevance', page: 3 }, true]);

    const calls = show.mock.calls.length;
    fireEvent.click(link, { ctrlKey: true });
    expect(show.mock.calls).toHaveLength(calls);
  });
});
