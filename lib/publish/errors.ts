/**
 * A publication that stopped: its message says what happened, what the site serves now, and what to do. The command
 * line prints the message alone (no stack): it is written for the editor.
 */
export class PublishError extends Error {
  override name = 'PublishError';
}
