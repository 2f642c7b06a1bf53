/**
 * Statistical disclosure control for every metric the platform shows (incidents' metrics,
 * intake's feedback metrics): no figure describes a group of records small enough to
 * single one out. Every count below MINIMUM_GROUP_SIZE is
 * withheld, zero included: were zero told and one withheld, "withheld" would mean "there is
 * one", and a threshold moved query by query would find the one incident's value.
 */
export const MINIMUM_GROUP_SIZE = 5;

/** Is `count` too small to be told? */
export function isSmall(count: number): boolean {
  return count < MINIMUM_GROUP_SIZE;
}

/** `count` itself, or null when it is small. */
export function countOrNull(count: number): number | null {
  return isSmall(count) ? null : count;
}

/**
 * The groups of one partition of the incidents that may be shown. Small groups are left
 * out; if what is left out adds up to a small number other than zero, the smallest shown
 * groups are left out too (secondary suppression), since the total minus the shown groups
 * would otherwise give the small group away.
 */
export function suppressSmallGroups<T>(groups: readonly T[], count: (group: T) => number): T[] {
  const shown = groups.filter((group) => !isSmall(count(group)));
  let hidden =
    groups.reduce((sum, group) => sum + count(group), 0) - shown.reduce((sum, g) => sum + count(g), 0);
  while (hidden > 0 && isSmall(hidden) && shown.length > 0) {
    const smallest = shown.reduce((a, b) => (count(b) < count(a) ? b : a));
    shown.splice(shown.indexOf(smallest), 1);
    hidden += count(smallest);
  }
  return shown;
}

/**
 * A sub-count of a shown group (e.g. how many of a period's incidents are closed), or null
 * when it or its complement within the group is small.
 */
export function subCountOrNull(part: number, whole: number): number | null {
  return isSmall(part) || isSmall(whole - part) ? null : part;
}
