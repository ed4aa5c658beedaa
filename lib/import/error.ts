/** The import cannot run at all (bad registry, unreadable input, a file it cannot write): nothing useful can be reported. */
export class ImportError extends Error {}
