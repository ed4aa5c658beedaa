import { Fragment, type ReactNode } from 'react';
import { dataFileName, dataPath, type Manifest, type ManifestFile } from '@/lib/data/files';
import { fieldRows, yearFiles } from '@/lib/data/page';
import type { DataPageText } from '@/lib/data/page-text';
import { absoluteUrl } from '@/lib/site';
import { apiPaths } from '@/lib/api/addresses';
import { otherLocale, type Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/listing';
import { DateText } from './DateText';
import { LanguageSwitch } from './LanguageSwitch';
import { Digits } from './Digits';
import styles from './DataPage.module.css';

/** `text` with each `{key}` replaced by its node (a link, a date). */
function fillNodes(text: string, nodes: Record<string, ReactNode>): ReactNode {
  return text.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? <Fragment key={i}>{nodes[part]}</Fragment> : part));
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;

function FileLink({ file, lang }: { file: ManifestFile; lang: Locale }) {
  return (
    <>
      <a href={dataPath(file.name)} download>
        {file.name}
      </a>{' '}
      <span className={styles.size}>
        <Digits text={megabytes(file.bytes)} lang={lang} />
      </span>
    </>
  );
}

const bangkokDate = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);

/** The data page: the files (from the manifest), what they hold field by field, how to verify them, the licence, the API. */
export function DataPage({ lang, t, manifest }: { lang: Locale; t: DataPageText; manifest: Manifest | undefined }) {
  const deleted = manifest?.files.find((file) => file.name === dataFileName.deleted);
  const years = manifest ? yearFiles(manifest) : [];
  const example = years[0]?.csv;
  const code = (text: string) => <code>{text}</code>;
  return (
    <div className="page">
      <LanguageSwitch lang={lang} href={paths.data(otherLocale(lang))} />
      <h1>{t.title}</h1>
      <p>{t.lead}</p>

      <h2>{t.filesHeading}</h2>
      {manifest ? <p>{fillNodes(t.filesPublished, { date: <DateText iso={bangkokDate(manifest.publishedAt)} lang={lang} /> })}</p> : <p className="notice">{t.filesMissing}</p>}
      {years.length > 0 && (
        <div className={styles.scroll} tabIndex={0} role="region" aria-label={t.filesHeading}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t.year}</th>
                <th scope="col">{t.jsonl}</th>
                <th scope="col">{t.csv}</th>
                <th scope="col">{t.rows}</th>
              </tr>
            </thead>
            <tbody>
              {years.map(({ year, jsonl, csv }) => (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  <td>
                    <FileLink file={jsonl} lang={lang} />
                  </td>
                  <td>
                    <FileLink file={csv} lang={lang} />
                  </td>
                  <td>
                    <Digits text={csv.rows.toLocaleString('en')} lang={lang} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ul>
        {deleted && <li>{fillNodes(t.deletedFile, { file: <a href={dataPath(deleted.name)}>{deleted.name}</a>, count: <Digits text={String(deleted.rows)} lang={lang} /> })}</li>}
        <li>{fillNodes(t.manifestFile, { file: <a href={dataPath(dataFileName.manifest)}>{dataFileName.manifest}</a> })}</li>
        <li>{fillNodes(t.schemaFile, { file: <a href={dataPath(dataFileName.schema)}>{dataFileName.schema}</a> })}</li>
      </ul>

      <h2>{t.formatsHeading}</h2>
      <ul>
        <li>{t.formatRows}</li>
        <li>{t.formatJsonl}</li>
        <li>{t.formatCsv}</li>
      </ul>

      <h2 id="fields">{t.fieldsHeading}</h2>
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="fields">
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t.field}</th>
              <th scope="col">{t.type}</th>
              <th scope="col">{t.meaning}</th>
            </tr>
          </thead>
          <tbody>
            {fieldRows(lang).map(({ name, type, description }) => (
              <tr key={name}>
                <th scope="row">{code(name)}</th>
                <td>{type}</td>
                <td>{description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t.verifyHeading}</h2>
      <p>{t.verifyText}</p>
      {example && (
        <>
          <pre className={styles.code} tabIndex={0}>
            {`curl -O ${example.url}\nsha256sum ${example.name}\n# ${example.sha256}  (index.json: sha256 of ${example.name})`}
          </pre>
          <p>{t.verifyWindows.replace('{file}', example.name)}</p>
        </>
      )}

      <h2>{t.updatesHeading}</h2>
      <p>{t.updatesText}</p>

      <h2 id="licence">{t.licenceHeading}</h2>
      <p>{t.licenceText}</p>
      <p>{t.provenanceText}</p>

      <h2>{t.apiHeading}</h2>
      <p>{fillNodes(t.apiText, { document: <a href={apiPaths.openApi()}>{apiPaths.openApi()}</a> })}</p>
      <pre className={styles.code} tabIndex={0}>{[`curl '${absoluteUrl(`${apiPaths.releases()}?lang=th&year=2018&limit=5`)}'`, `curl '${absoluteUrl(apiPaths.agencies())}'`].join('\n')}</pre>
    </div>
  );
}
