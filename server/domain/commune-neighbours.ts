// Which Brussels communes count as neighbours for the partner finder: the communes whose centres lie
// within 3 km of each other (the same rule the demo-city generator uses, seed/city-profile.ts
// nearbyCommunes(3)), copied here as a table so the server does not import the seed.

export const NEIGHBOURING_COMMUNES: Readonly<Record<string, readonly string[]>> = {
  'anderlecht': ['molenbeek-saint-jean', 'saint-gilles'],
  'auderghem': ['watermael-boitsfort', 'woluwe-saint-pierre'],
  'berchem-sainte-agathe': ['ganshoren', 'jette', 'koekelberg', 'molenbeek-saint-jean'],
  'bruxelles': ['etterbeek', 'ixelles', 'koekelberg', 'molenbeek-saint-jean', 'saint-gilles', 'saint-josse-ten-noode', 'schaerbeek'],
  'etterbeek': ['bruxelles', 'ixelles', 'saint-josse-ten-noode'],
  'evere': ['saint-josse-ten-noode', 'schaerbeek'],
  'forest': ['saint-gilles', 'uccle'],
  'ganshoren': ['berchem-sainte-agathe', 'jette', 'koekelberg', 'molenbeek-saint-jean'],
  'ixelles': ['bruxelles', 'etterbeek', 'saint-gilles', 'saint-josse-ten-noode'],
  'jette': ['berchem-sainte-agathe', 'ganshoren', 'koekelberg', 'molenbeek-saint-jean'],
  'koekelberg': ['berchem-sainte-agathe', 'bruxelles', 'ganshoren', 'jette', 'molenbeek-saint-jean'],
  'molenbeek-saint-jean': ['anderlecht', 'berchem-sainte-agathe', 'bruxelles', 'ganshoren', 'jette', 'koekelberg'],
  'saint-gilles': ['anderlecht', 'bruxelles', 'forest', 'ixelles', 'uccle'],
  'saint-josse-ten-noode': ['bruxelles', 'etterbeek', 'evere', 'ixelles', 'schaerbeek'],
  'schaerbeek': ['bruxelles', 'evere', 'saint-josse-ten-noode'],
  'uccle': ['forest', 'saint-gilles'],
  'watermael-boitsfort': ['auderghem'],
  'woluwe-saint-lambert': ['woluwe-saint-pierre'],
  'woluwe-saint-pierre': ['auderghem', 'woluwe-saint-lambert'],
};

/** Whether two different communes are neighbours; a commune is not its own neighbour. */
export function areNeighbouringCommunes(a: string, b: string): boolean {
  return a !== b && (NEIGHBOURING_COMMUNES[a]?.includes(b) ?? false);
}
