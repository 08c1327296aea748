// SVG path data for small line and area charts, from points already placed by d3-scale. A point
// whose value is null breaks the line (a meeting without recorded attendance is a gap, not a zero).
// The same contract as d3-shape's line().defined() and area().defined() with straight segments, kept
// here because d3-shape is not among the project's dependencies; swap it in when it is.

export interface ChartPoint {
  x: number;
  /** null: no value here, the line breaks. */
  y: number | null;
}

const fmt = (n: number) => (Math.round(n * 100) / 100).toString();

/** The runs of consecutive defined points. */
function runs(points: readonly ChartPoint[]): { x: number; y: number }[][] {
  const out: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  for (const p of points) {
    if (p.y === null || !Number.isFinite(p.y)) {
      if (current.length) out.push(current);
      current = [];
    } else current.push({ x: p.x, y: p.y });
  }
  if (current.length) out.push(current);
  return out;
}

/** "M x,y L x,y …" for each run; a lone point becomes a dot-sized segment so it still shows. */
export function linePath(points: readonly ChartPoint[]): string {
  return runs(points)
    .map((run) =>
      run.length === 1
        ? `M${fmt(run[0]!.x)},${fmt(run[0]!.y)}h0.01`
        : run.map((p, i) => `${i ? 'L' : 'M'}${fmt(p.x)},${fmt(p.y)}`).join(''),
    )
    .join('');
}

/** The area between each run and the baseline y0 (the bottom of the plot). */
export function areaPath(points: readonly ChartPoint[], y0: number): string {
  return runs(points)
    .filter((run) => run.length > 1)
    .map((run) => {
      const top = run.map((p, i) => `${i ? 'L' : 'M'}${fmt(p.x)},${fmt(p.y)}`).join('');
      const last = run[run.length - 1]!;
      const first = run[0]!;
      return `${top}L${fmt(last.x)},${fmt(y0)}L${fmt(first.x)},${fmt(y0)}Z`;
    })
    .join('');
}
