import matter from 'gray-matter';
import yaml from 'js-yaml';

/**
 * The largest front matter block, in characters: room for every field at its limit (the largest block of the real
 * corpus has 642). Checked before the YAML is parsed.
 */
export const MAX_FRONT_MATTER_CHARS = 32_768;

/** Front matter that cannot be read, located by its line in the whole file (1-based). */
export class FrontMatterError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * gray-matter's options: YAML with the core schema (so `2018-12-07` stays a string), no anchors (an alias can expand
 * a few kilobytes into gigabytes), and the JavaScript and CoffeeScript engines that gray-matter would otherwise
 * `eval` (`---js`) replaced by ones that refuse. `parseReleaseFile` also refuses any opening line but `---`.
 */
export const frontMatterOptions = {
  engines: {
    yaml: parseYaml,
    ...Object.fromEntries(['js', 'javascript', 'coffee', 'coffeescript', 'cson'].map((name) => [name, refuseCode])),
  },
};

function refuseCode(): never {
  throw new FrontMatterError(1, 'front matter: only YAML is read; start the file with a line "---", not "---js" or another language');
}

/**
 * gray-matter hands the engine the text after the opening `---` including its newline, so its line 0 is file line 1.
 */
function parseYaml(source: string): object {
  if (source.length > MAX_FRONT_MATTER_CHARS) {
    throw new FrontMatterError(1, `front matter: ${source.length} characters (at most ${MAX_FRONT_MATTER_CHARS}); shorten its fields`);
  }
  const opened: number[] = [];
  // js-yaml's State type leaves out `anchor`, the anchor of the node being closed (null when it has none).
  const listener = (event: yaml.EventType, state: yaml.State & { anchor?: string | null }) => {
    if (event === 'open') {
      opened.push(state.position);
      return;
    }
    const start = opened.pop() ?? 0;
    if (state.anchor) {
      const at = source.indexOf(`&${state.anchor}`, start);
      throw new FrontMatterError(lineAt(source, at === -1 ? start : at) + 1, `front matter: YAML anchors (&${state.anchor}) and aliases are not allowed; write the value out`);
    }
  };
  try {
    return (yaml.load(source, { schema: yaml.CORE_SCHEMA, listener }) ?? {}) as object;
  } catch (error) {
    if (error instanceof yaml.YAMLException && error.reason.startsWith('unidentified alias')) {
      throw new FrontMatterError(error.mark.line + 1, `front matter: YAML aliases (${error.reason.slice('unidentified alias '.length)}) and anchors are not allowed; write the value out`);
    }
    throw error;
  }
}

/** 0-based line of `index` in `text`. */
function lineAt(text: string, index: number): number {
  let line = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

/**
 * Splits a release file into its front matter (parsed) and its Markdown body.
 * @throws FrontMatterError for refused front matter, js-yaml's YAMLException for a syntax error
 * @example readFrontMatter('---\ntitle: x\n---\nbody') // { data: { title: 'x' }, content: 'body' }
 */
export function readFrontMatter(text: string): { data: Record<string, unknown>; content: string } {
  const { data, content } = matter(text, frontMatterOptions);
  return { data, content };
}
