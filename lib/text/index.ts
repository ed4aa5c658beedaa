/**
 * Which characters published text may hold, whatever its source: the content schema and parser reject the others
 * with `file:line`, the importer and the Markdown renderer remove them (`hygiene.ts`). Pure, and it imports nothing,
 * so `lib/content`, `lib/markdown` and `lib/import` can all use it, and next.config.ts loads it through the schema.
 */
export { decodeUtf8, hasVisibleCharacter, stripUnsafeCharacters, unsafeCharacter } from './hygiene';
