// Messages between the network page and its layout worker.

export interface LayoutStart {
  type: 'start';
  nodes: { radius: number }[];
  links: { source: number; target: number; weight: number }[];
  seed: number;
}

export interface LayoutStop {
  type: 'stop';
}

export type LayoutRequest = LayoutStart | LayoutStop;

export interface LayoutPositions {
  type: 'tick' | 'end';
  /** x0, y0, x1, y1, … in node order; transferred, not copied. */
  positions: Float32Array;
  /** 0 at the start, 1 when the simulation has cooled down. */
  progress: number;
}
