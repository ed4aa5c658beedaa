import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { ContentError } from './parse';
import { registrySchema, type Registry } from './schema';

/**
 * Reads one registry (`agencies.yaml` or `categories.yaml`: id → `th:`, `en:`, optional `short:` names) and checks
 * it against `registrySchema`. Never throws for bad content.
 * @param file absolute or working-directory-relative path of the YAML file
 * @param shown how the file is named in messages (`content/agencies.yaml`)
 * @returns the registry, or `{}` with every problem found, each at its line
 * @example readRegistry('content/agencies.yaml', (f) => f) // { registry: { opm: { th: 'สำนักนายกรัฐมนตรี', en: … }, … }, errors: [] }
 */
export function readRegistry(file: string, shown: (file: string) => string): { registry: Registry; errors: ContentError[] } {
  const fail = (errors: ContentError[]) => ({ registry: {}, errors });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return fail([{ file: shown(file), line: 1, message: 'file is missing: it lists the ids releases may use, each with th: and en: names' }]);
  }
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    return fail([{ file: shown(file), line: error.mark.line + 1, message: `YAML syntax error: ${error.reason}` }]);
  }
  const result = registrySchema.safeParse(data);
  if (result.success) return { registry: result.data, errors: [] };
  const lines = text.split('\n');
  return fail(
    result.error.issues.map((issue) => {
      const id = String(issue.path[0] ?? '');
      const line = lines.findIndex((l) => l.startsWith(`${id}:`)) + 1 || 1;
      return { file: shown(file), line, message: `${issue.path.join('.')}: ${issue.message}` };
    }),
  );
}
