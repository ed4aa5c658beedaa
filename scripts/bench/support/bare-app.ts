import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './command';
import { BARE_DIR, PROJECT_DIR, readRecord, writeRecord } from './workspace';

/**
 * The baseline: a bare Next.js App Router app (a layout and a page with one paragraph) built with this project's
 * own `next`, whose pre-rendered page sets the requests/s and the JavaScript a page cannot do without.
 */

const FILES: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'bare-app-router', private: true, type: 'module' }, null, 2)}\n`,
  // node_modules is a symlink to the project's, outside this folder: Turbopack must be allowed to read there.
  'next.config.mjs': "export default { turbopack: { root: '/' } };\n",
  'tsconfig.json': `${JSON.stringify(
    {
      compilerOptions: { target: 'ES2022', lib: ['dom', 'ES2023'], strict: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', isolatedModules: true, skipLibCheck: true, plugins: [{ name: 'next' }] },
      include: ['**/*.ts', '**/*.tsx'],
      exclude: ['node_modules'],
    },
    null,
    2,
  )}\n`,
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.tsx': `export default function Page() {
  return <p>A bare App Router page.</p>;
}
`,
};

/** The next version both apps use, so a project upgrade rebuilds the baseline. */
function nextVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_DIR, 'node_modules/next/package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Generates and builds the bare app in `BARE_DIR`, unless the same sources were already built with the same next.
 * @returns whether it was (re)built
 */
export async function ensureBareApp(): Promise<boolean> {
  const stamp = join(BARE_DIR, 'bench.json');
  const wanted = { next: nextVersion(), files: FILES };
  if (existsSync(join(BARE_DIR, '.next/BUILD_ID')) && JSON.stringify(readRecord(stamp)) === JSON.stringify(wanted)) return false;
  rmSync(BARE_DIR, { recursive: true, force: true });
  mkdirSync(join(BARE_DIR, 'app'), { recursive: true });
  for (const [file, text] of Object.entries(FILES)) writeFileSync(join(BARE_DIR, file), text);
  symlinkSync(join(PROJECT_DIR, 'node_modules'), join(BARE_DIR, 'node_modules'));
  const build = await runCommand(process.execPath, [join(BARE_DIR, 'node_modules/next/dist/bin/next'), 'build'], { cwd: BARE_DIR, env: { NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.code !== 0) throw new Error(`the bare app's next build failed:\n${build.lines.map((l) => l.text).join('\n')}`);
  writeRecord(stamp, wanted);
  return true;
}
