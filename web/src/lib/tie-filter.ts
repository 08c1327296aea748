// The "kinds of tie" filter the network map and the metrics share, in the URL as tie=project,group.

/** The kinds the URL's `tie` value names, in the model's order; every kind when it names none it knows. */
export function selectedTies<Kind extends string>(param: string, kinds: readonly Kind[]): Kind[] {
  const listed = param.split(',');
  const known = kinds.filter((kind) => listed.includes(kind));
  return known.length ? known : [...kinds];
}

/**
 * The URL's `tie` value once `kind` is ticked or unticked: null for every kind, undefined for no
 * change (unticking the last kind ticked leaves it ticked: never none at all).
 */
export function toggledTies(kinds: readonly string[], selected: readonly string[], kind: string, on: boolean): string | null | undefined {
  const next = on ? kinds.filter((k) => k === kind || selected.includes(k)) : selected.filter((k) => k !== kind);
  if (next.length === 0) return undefined;
  return next.length === kinds.length ? null : next.join(',');
}
