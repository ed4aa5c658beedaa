import type { ImportReport } from './report';

/** The import cannot run at all (bad registry, unreadable input, a file it cannot write): nothing useful can be reported. */
export class ImportError extends Error {}

/**
 * The import started and could not finish (an archive truncated half-way, a disk full): `report` says what it read
 * and wrote before it stopped (`report.stopped`). Running it again once the cause is fixed is safe: files already
 * written are found unchanged.
 */
export class ImportStopped extends Error {
  constructor(
    message: string,
    readonly report: ImportReport,
  ) {
    super(message);
  }
}
