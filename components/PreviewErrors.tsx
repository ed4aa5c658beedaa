import { formatContentError, type ContentError } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { fill, messages } from '@/lib/i18n/dictionaries';

/** The preview's content problems, one `file:line: message` a line, above every page (nothing when there are none). */
export function PreviewErrors({ errors, lang }: { errors: readonly ContentError[]; lang: Locale }) {
  if (errors.length === 0) return null;
  return (
    <div className="notice notice--withdrawn preview-errors" role="alert">
      <p>
        <strong>{fill(messages(lang).previewErrors, { count: errors.length })}</strong>
      </p>
      <pre lang="en">{errors.map(formatContentError).join('\n')}</pre>
    </div>
  );
}
