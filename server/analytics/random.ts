// Seeded randomness for the demo city and the metrics (Louvain order, sampled pivots): the same seed always replays the same stream of numbers,
// so a city (ids included) can be rebuilt byte for byte. Only + - * / and bit operations are used,
// never Math.random, Math.log or Math.pow, whose results may differ between engines.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, each with a chance proportional to its weight. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[];
  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A random UUID of version 4 shape, drawn from this stream. */
  uuid(): string;
}

/** splitmix32 spreads a small seed over 32 bits, so nearby seeds give unrelated streams. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function hex32(word: number): string {
  return HEX[(word >>> 24) & 0xff]! + HEX[(word >>> 16) & 0xff]! + HEX[(word >>> 8) & 0xff]! + HEX[word & 0xff]!;
}

/** sfc32 (Chris Doty-Humphrey's small fast counting generator): fast, 128 bits of state, passes PractRand. */
class Sfc32 implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const mix = splitmix32(seed);
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = 1;
    // The first outputs of sfc32 are still close to the seed; throw them away.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max must not be below min`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() needs at least one item');
    return items[Math.floor(this.next() * items.length)]!;
  }

  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    if (items.length === 0 || items.length !== weights.length) {
      throw new RangeError('weighted() needs as many weights as items, and at least one item');
    }
    let total = 0;
    for (const w of weights) total += w;
    if (!(total > 0)) return this.pick(items);
    let target = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      target -= weights[i]!;
      if (target < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const swap = items[i]!;
      items[i] = items[j]!;
      items[j] = swap;
    }
    return items;
  }

  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const take = Math.min(count, pool.length);
    // A partial Fisher–Yates: only the first `take` places need to be drawn.
    for (let i = 0; i < take; i++) {
      const j = i + Math.floor(this.next() * (pool.length - i));
      const swap = pool[i]!;
      pool[i] = pool[j]!;
      pool[j] = swap;
    }
    return pool.slice(0, take);
  }

  uuid(): string {
    const w0 = this.nextUint32();
    const w1 = this.nextUint32();
    const w2 = this.nextUint32();
    const w3 = this.nextUint32();
    const versioned = ((w1 & 0xffff0fff) | 0x00004000) >>> 0; // version nibble 4
    const variant = ((w2 & 0x3fffffff) | 0x80000000) >>> 0; // variant bits 10
    const h1 = hex32(versioned);
    const h2 = hex32(variant);
    return `${hex32(w0)}-${h1.slice(0, 4)}-${h1.slice(4)}-${h2.slice(0, 4)}-${h2.slice(4)}${hex32(w3)}`;
  }
}

export function createRandom(seed: number): Random {
  return new Sfc32(seed);
}

/**
 * Draws an index with a chance proportional to fixed weights in O(log n), for the many draws the
 * project generator makes over thousands of organisations.
 */
export function createWeightedSampler(weights: readonly number[]): (random: Random) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    total += Math.max(0, weights[i]!);
    cumulative[i] = total;
  }
  if (!(total > 0)) throw new RangeError('createWeightedSampler() needs at least one positive weight');
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return low;
  };
}
