/** Files written whole or not at all (`writeFileAtomic`), and the error that names a file that could not be written. Node only. */
export { writeAll, writeFileAtomic, WriteError } from './atomic';
