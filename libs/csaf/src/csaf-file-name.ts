/**
 * CSAF 2.0 §5.1: the file name of a document is its `/document/tracking/id` lower-cased,
 * every run of characters outside `[+\-a-z0-9]` replaced by one underscore, plus `.json`.
 * Lower-casing comes first, as the standard requires.
 */
export function csafFileName(trackingId: string): string {
  return `${trackingId.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`;
}

/**
 * CSAF 2.0 §7.1.11: documents live in a folder named after the year of
 * `/document/tracking/initial_release_date` (UTC), so revisions never move a document.
 */
export function csafYearFolder(initialReleaseDate: string): string {
  return String(new Date(initialReleaseDate).getUTCFullYear());
}
