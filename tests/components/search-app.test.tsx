// @vitest-environment jsdom
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchApp } from '@/components/search/SearchApp';
import { searchMessages } from '@/lib/i18n/search';

describe('the search page', () => {
  it('says what to do in the server’s HTML, so its largest text paints with the page, not once scripts have run', () => {
    for (const lang of ['th', 'en'] as const) {
      const t = searchMessages(lang);
      const html = renderToString(<SearchApp lang={lang} t={t} />);
      expect(html).toContain(t.searchPrompt);
    }
  });
});
