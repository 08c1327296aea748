// Runs the d3-force layout off the main thread and posts node positions as it goes, so the map
// stays responsive with thousands of nodes. Stops when cooled down or when told to.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { LayoutPositions, LayoutRequest, LayoutStart } from './layout-protocol';

interface LayoutNode extends SimulationNodeDatum {
  radius: number;
}
interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  weight: number;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutPositions, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** Time spent ticking between two posts: about one frame. */
const SLICE_MS = 16;

let simulation: Simulation<LayoutNode, LayoutLink> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** A small seeded generator so the same network always gets the same layout. */
function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(1664525, s) + 1013904223) >>> 0) / 4294967296);
}

function stop(): void {
  clearTimeout(timer);
  simulation?.stop();
  simulation = null;
}

function post(sim: Simulation<LayoutNode, LayoutLink>, type: LayoutPositions['type']): void {
  const nodes = sim.nodes();
  const positions = new Float32Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    positions[2 * i] = n.x ?? 0;
    positions[2 * i + 1] = n.y ?? 0;
  });
  const progress = type === 'end' ? 1 : Math.min(1, Math.log(sim.alpha()) / Math.log(sim.alphaMin()));
  scope.postMessage({ type, positions, progress }, [positions.buffer]);
}

function run(sim: Simulation<LayoutNode, LayoutLink>): void {
  if (simulation !== sim) return;
  const started = performance.now();
  while (sim.alpha() >= sim.alphaMin() && performance.now() - started < SLICE_MS) sim.tick();
  if (sim.alpha() < sim.alphaMin()) {
    post(sim, 'end');
    stop();
  } else {
    post(sim, 'tick');
    // Yield so a 'stop' message can arrive between slices.
    timer = setTimeout(() => run(sim), 0);
  }
}

function start(request: LayoutStart): void {
  stop();
  // Fresh objects: d3 writes x, y, vx, vy and replaces link ends with node objects.
  const nodes: LayoutNode[] = request.nodes.map((n) => ({ radius: n.radius }));
  const links: LayoutLink[] = request.links.map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
  const maxWeight = links.reduce((max, l) => Math.max(max, l.weight), 1);
  const degree = new Uint32Array(nodes.length);
  for (const l of request.links) {
    degree[l.source]! += 1;
    degree[l.target]! += 1;
  }
  const many = nodes.length > 800;
  // Gravity toward the middle, strongest for loosely tied organisations, so isolated ones and
  // small components stay close by instead of drifting off and shrinking the fitted view.
  const gravity = (_: LayoutNode, i: number) => 0.03 + 0.14 / (1 + degree[i]!);

  const sim = forceSimulation<LayoutNode, LayoutLink>(nodes)
    .randomSource(lcg(request.seed))
    .force('link', forceLink<LayoutNode, LayoutLink>(links).distance((l) => 24 + 36 * (1 - l.weight / maxWeight)))
    .force('charge', forceManyBody<LayoutNode>().strength((n) => -30 - n.radius * 5).theta(many ? 1.1 : 0.9).distanceMax(many ? 350 : 600))
    .force('collide', forceCollide<LayoutNode>((n) => n.radius + 1.5).iterations(1))
    .force('x', forceX<LayoutNode>(0).strength(gravity))
    .force('y', forceY<LayoutNode>(0).strength(gravity))
    .stop();
  simulation = sim;
  post(sim, 'tick');
  timer = setTimeout(() => run(sim), 0);
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'start') start(message);
  else if (message.type === 'stop') stop();
};
