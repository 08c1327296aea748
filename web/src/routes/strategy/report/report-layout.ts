// The network map of the report, laid out once: a d3-force simulation run to rest on copies of the
// nodes (never the caller's), then stopped, and the positions fitted to the page's box. Pure, seeded by
// the nodes' order (d3-force places them deterministically), no DOM.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

export interface LaidOutNode {
  x: number;
  y: number;
  r: number;
}

interface Body extends SimulationNodeDatum {
  r: number;
}

export function layoutNetwork(
  nodes: readonly { radius: number }[],
  edges: readonly { source: number; target: number }[],
  box: { width: number; height: number; margin: number },
  ticks = 300,
): LaidOutNode[] {
  if (nodes.length === 0) return [];
  const bodies: Body[] = nodes.map((n) => ({ r: n.radius }));
  const links: SimulationLinkDatum<Body>[] = edges.map((e) => ({ source: e.source, target: e.target }));
  const simulation = forceSimulation<Body>(bodies)
    .force('link', forceLink<Body, SimulationLinkDatum<Body>>(links).distance(30))
    .force('charge', forceManyBody<Body>().strength(-40))
    .force('collide', forceCollide<Body>((b) => b.r + 1))
    .force('x', forceX<Body>(0).strength(0.06))
    .force('y', forceY<Body>(0).strength(0.06))
    .stop();
  simulation.tick(ticks);
  simulation.stop();
  const xs = bodies.map((b) => b.x ?? 0);
  const ys = bodies.map((b) => b.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((box.width - 2 * box.margin) / Math.max(maxX - minX, 1), (box.height - 2 * box.margin) / Math.max(maxY - minY, 1));
  const offsetX = (box.width - (maxX - minX) * scale) / 2;
  const offsetY = (box.height - (maxY - minY) * scale) / 2;
  return bodies.map((b) => ({ x: offsetX + ((b.x ?? 0) - minX) * scale, y: offsetY + ((b.y ?? 0) - minY) * scale, r: b.r }));
}

/** The last quarter that has ended before `today` (YYYY-MM-DD): the report's default period. */
export function lastClosedQuarter(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const [y, q] = quarter === 0 ? [year - 1, 3] : [year, quarter - 1];
  const firstMonth = q * 3 + 1;
  const from = `${y}-${String(firstMonth).padStart(2, '0')}-01`;
  const end = new Date(Date.UTC(y, firstMonth + 2, 0));
  return { from, to: end.toISOString().slice(0, 10) };
}
