import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { assertLocale } from '@/lib/i18n/assert-locale';
import { locales } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { preloadedFonts, siteUrl } from '@/lib/site';
import { SiteHeader } from '@/components/SiteHeader';
import { SiteFooter } from '@/components/SiteFooter';
import { PreviewErrors } from '@/components/PreviewErrors';
import { previewErrors } from '@/lib/content';
import { digitsScript } from '@/components/digits-script';
import '../fonts.css';
import '../globals.css';

// No `dynamicParams = false` here: Next applies it to every route below (a release or listing page that was not
// pre-rendered would be a 404). An unknown language is still a 404: the layout's assertLocale calls notFound().

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: LayoutProps<'/[lang]'>): Promise<Metadata> {
  const { lang } = await params;
  assertLocale(lang);
  const t = messages(lang);
  return {
    metadataBase: new URL(siteUrl),
    title: { default: t.siteName, template: `%s | ${t.siteName}` },
    description: t.siteTagline,
  };
}

export default async function RootLayout({ children, params }: LayoutProps<'/[lang]'>) {
  const { lang } = await params;
  assertLocale(lang);
  const t = messages(lang);
  for (const href of preloadedFonts) preload(href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return (
    <html lang={lang} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: digitsScript }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <SiteHeader lang={lang} />
        <main id="main" tabIndex={-1}>
          <PreviewErrors errors={previewErrors()} lang={lang} />
          {children}
        </main>
        <SiteFooter lang={lang} />
      </body>
    </html>
  );
}
