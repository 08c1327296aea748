// Amounts of money (euros): bounded, and kept to the cent, so what is sent is what is stored and read back.

/**
 * A trillion euros: far above any council budget, and low enough that every amount in whole cents
 * is exact as a JSON number (below 2^53 cents), in JavaScript and in Neo4j alike.
 */
export const AMOUNT_MAX = 1e12;

/**
 * True when the amount has at most two decimals, judged on its shortest decimal form (the one JSON
 * carries), never on binary arithmetic, where 0.29 × 100 is not 29.
 */
export function isWholeCents(amount: number): boolean {
  return Number.isFinite(amount) && /^-?\d+(\.\d{1,2})?$/.test(String(amount));
}
