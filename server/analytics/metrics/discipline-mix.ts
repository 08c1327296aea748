// How far ties cross disciplines: the share of cross-discipline ties, Krackhardt's E-I index, and
// per organisation the number of disciplines among its partners. All by main discipline.
import type { CollaborationGraph } from './build-graph.ts';

export interface DisciplineMix {
  /** External ties / all ties counted; null when no tie joins two organisations with a discipline. */
  crossDisciplineShare: number | null;
  /** (E - I) / (E + I) (Krackhardt & Stern 1988): -1 all within a discipline, +1 all across. */
  eiIndex: number | null;
}

/** Ties with an end that has no discipline are left out of both counts. */
export function disciplineMix(graph: CollaborationGraph): DisciplineMix {
  let external = 0;
  let internal = 0;
  graph.forEachEdge((_edge, _attributes, _source, _target, s, t) => {
    if (s.mainDiscipline === null || t.mainDiscipline === null) return;
    if (s.mainDiscipline === t.mainDiscipline) internal++;
    else external++;
  });
  const counted = external + internal;
  if (counted === 0) return { crossDisciplineShare: null, eiIndex: null };
  return { crossDisciplineShare: external / counted, eiIndex: (external - internal) / counted };
}

/** Distinct main disciplines among each organisation's partners (partners without one not counted). */
export function disciplinesConnected(graph: CollaborationGraph): Map<string, number> {
  const result = new Map<string, number>();
  graph.forEachNode((node) => {
    const seen = new Set<string>();
    graph.forEachNeighbor(node, (_neighbour, attributes) => {
      if (attributes.mainDiscipline !== null) seen.add(attributes.mainDiscipline);
    });
    result.set(node, seen.size);
  });
  return result;
}
