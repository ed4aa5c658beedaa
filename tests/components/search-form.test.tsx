// @vitest-environment jsdom
import { act, cleanup, fireEvent } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchForm } from '@/components/search/SearchForm';
import { EMPTY } from '@/components/search/useSearch';
import { searchMessages } from '@/lib/i18n/search';
import type { SearchQuery } from '@/lib/search/query/types';

afterEach(cleanup);

/** The form as the search page holds it: the text in its box is state, a search goes to `go`. */
function Page({ go }: { go: (next: SearchQuery) => void }) {
  const [text, setText] = useState('');
  return (
    <SearchForm
      lang="th"
      t={searchMessages('th')}
      query={EMPTY}
      text={text}
      onText={setText}
      facets={{ agency: [], category: [], year: [] }}
      nameOf={(_, id) => id}
      go={go}
      link={(next) => ({ href: `/th/search?q=${next.q}`, onClick: () => undefined })}
      onFocus={() => undefined}
    />
  );
}

describe('the search form', () => {
  it('searches for what a reader typed on a slow phone before the page came alive', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Page go={() => undefined} />);
    document.body.append(container);
    const box = container.querySelector<HTMLInputElement>('#search-q')!;
    box.value = 'TELMIN'; // typed into the server's HTML, before any script ran

    const go = vi.fn();
    await act(async () => void hydrateRoot(container, <Page go={go} />));
    expect(box.value).toBe('TELMIN');
    fireEvent.submit(box.form!);
    expect(go).toHaveBeenCalledWith({ q: 'TELMIN', sort: 'relevance', page: 1 });
    container.remove();
  });
});
