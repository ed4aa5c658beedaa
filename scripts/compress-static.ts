/**
 * `npm run build:compress` (the last step of `npm run build`): writes the `.gz` and `.br` copies of `.next/static`'s
 * files that nginx sends instead of compressing each request (scripts/stack/compress.ts, deploy/nginx.conf). Exits 1
 * when there is no build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compressStatic } from './stack/compress';

const dir = join(process.cwd(), '.next/static');
if (!existsSync(dir)) {
  console.error(`compress-static: no ${dir}; run next build first`);
  process.exit(1);
}
const started = performance.now();
const report = compressStatic(dir);
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
console.log(
  `compress-static: ${report.files} files of .next/static (${kb(report.bytes)}) → gzip ${kb(report.gzipBytes)}, Brotli ${kb(report.brotliBytes)}; ` +
    `${report.written} compressed in ${Math.round(performance.now() - started)} ms`,
);
