/**
 * The slug rule, written once: `2018-12-07-telmin-18` is lowercase ASCII words joined by `-`, starting with the
 * release's ISO date (captured as group 1). The content contract checks file names with it and the address parser
 * tells a release from a listing with it. Dependency-free, so the browser can load it.
 */
export const slugPattern = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;
