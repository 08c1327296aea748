// The network answer's metrics and its GEXF and GraphML files, on a tiny council checked by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { UndirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation, createProject } from '../helpers/factories.ts';
import { computeMetrics } from '../../server/analytics/metrics/index.ts';
import type { Network } from '../../server/schemas/network.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import { unpackNetwork } from '../../server/domain/network-wire.ts';

let app: FastifyInstance;
let leadership: BrowserAgent;
let anna: Organisation, bram: Organisation, cleo: Organisation, dirk: Organisation, emil: Organisation, fien: Organisation;

// Joint projects: Anna–Bram twice (2024), Bram–Cleo and Bram–Emil (2024), Cleo–Dirk (2025); Fien has none.
//   Anna ══ Bram ── Cleo ── Dirk      Fien
//            │
//           Emil
// Six organisations: betweenness is normalised by (6-1)(6-2)/2 = 10 pairs. Bram lies on the shortest
// paths of Anna–Cleo, Anna–Dirk, Anna–Emil, Cleo–Emil and Dirk–Emil: 5/10; Cleo on Anna–Dirk,
// Bram–Dirk and Emil–Dirk: 3/10; everyone else on none.
beforeAll(async () => {
  app = await buildTestApp();
  const coordinator = await asRole(app, 'coordinator');
  leadership = await asRole(app, 'leadership');
  anna = await createOrganisation(coordinator, { name: 'Anna Theatre', disciplines: ['theatre'], commune: 'ixelles' });
  bram = await createOrganisation(coordinator, { name: 'Bram & Co <Dance>', disciplines: ['dance'], commune: 'schaerbeek' });
  cleo = await createOrganisation(coordinator, { name: 'Cleo Music', disciplines: ['music'] });
  dirk = await createOrganisation(coordinator, { name: 'Dirk Heritage', disciplines: ['heritage'] });
  emil = await createOrganisation(coordinator, { name: 'Emil Circus', disciplines: ['circus'] });
  fien = await createOrganisation(coordinator, { name: 'Fien Film', disciplines: ['film'] });
  await createProject(coordinator, [anna, bram], { title: 'One', startDate: '2024-01-10', endDate: '2024-02-20' });
  await createProject(coordinator, [bram, anna], { title: 'Two', startDate: '2024-03-01', endDate: '2024-03-30' });
  await createProject(coordinator, [bram, cleo], { title: 'Three', startDate: '2024-05-01', endDate: '2024-06-30' });
  await createProject(coordinator, [bram, emil], { title: 'Four', startDate: '2024-09-01', endDate: '2024-10-30' });
  await createProject(coordinator, [cleo, dirk], { title: 'Five', startDate: '2025-02-01', endDate: '2025-03-30' });
});
afterAll(async () => app?.close());

const get = async (url: string) => {
  const response = await leadership.inject(url);
  expect(response.statusCode, response.body).toBe(200);
  return response;
};
const networkOf = async (query: string) => unpackNetwork((await get(`/api/network${query}`)).json()) as Network;

describe('GET /api/network?metrics=true', () => {
  it('leaves the answer as it was without the flag', async () => {
    const { nodes } = await networkOf('');
    expect(nodes).toHaveLength(6);
    for (const node of nodes) expect(node).not.toHaveProperty('metrics');
  });

  it('gives each organisation its betweenness, rank, weighted degree and community, as checked by hand', async () => {
    const { nodes } = await networkOf('?metrics=true');
    const of = (o: Organisation) => nodes.find((n) => n.id === o.id)!.metrics!;
    expect(of(bram)).toMatchObject({ degree: 3, weightedDegree: 4, betweennessRank: 1 });
    expect(of(bram).betweenness).toBeCloseTo(0.5, 12);
    expect(of(cleo)).toMatchObject({ degree: 2, weightedDegree: 2, betweennessRank: 2 });
    expect(of(cleo).betweenness).toBeCloseTo(0.3, 12);
    expect(of(anna)).toMatchObject({ degree: 1, weightedDegree: 2, betweenness: 0, betweennessRank: 3 });
    expect(of(fien)).toMatchObject({ degree: 0, weightedDegree: 0, betweenness: 0 });
    // Fien is alone: a community of her own, apart from everyone tied.
    expect(nodes.filter((n) => n.metrics!.community === of(fien).community)).toHaveLength(1);
  });

  it('agrees with the metrics engine run on the same graph, filtered or not', async () => {
    for (const query of ['?metrics=true', '?metrics=true&from=2024-01-01&to=2024-06-30', '?metrics=true&discipline=theatre', '?metrics=true&tie=project']) {
      const network = await networkOf(query);
      const engine = computeMetrics({
        organisations: network.nodes.map((n) => ({ id: n.id, name: n.name, disciplines: n.mainDiscipline ? [n.mainDiscipline] : [], commune: n.commune, kind: n.kind })),
        ties: network.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight, kinds: e.kinds })),
      });
      expect(engine.organisations).toHaveLength(network.nodes.length);
      for (const expected of engine.organisations) {
        const node = network.nodes.find((n) => n.id === expected.id)!;
        expect(node.metrics, `${query} ${node.name}`).toEqual({
          degree: expected.degree,
          weightedDegree: expected.weightedDegree,
          betweenness: expected.betweenness,
          betweennessRank: expected.betweennessRank,
          community: expected.community,
        });
        expect(node.degree).toBe(expected.degree);
      }
    }
  });

  it('computes them on the filtered network: in 2025 only Cleo and Dirk are tied, and nobody brokers', async () => {
    const { nodes } = await networkOf('?metrics=true&from=2025-01-01&to=2025-12-31');
    const of = (o: Organisation) => nodes.find((n) => n.id === o.id)!.metrics!;
    expect(of(bram)).toMatchObject({ degree: 0, betweenness: 0 });
    expect(of(cleo)).toMatchObject({ degree: 1, weightedDegree: 1, betweenness: 0 });
    expect(of(cleo).community).toBe(of(dirk).community);
  });
});

type FileNode = { name: string; label?: string; discipline: string; commune: string; degree: number; weightedDegree: number; betweenness: number; community: number };

describe('GET /api/network/export.gexf and export.graphml', () => {
  const formats = [
    { format: 'gexf', type: 'application/gexf+xml', parse: (text: string) => gexf.parse(UndirectedGraph, text, { respectInputGraphType: true }) },
    { format: 'graphml', type: 'application/graphml+xml', parse: (text: string) => graphml.parse(UndirectedGraph, text) },
  ] as const;

  for (const { format, type, parse } of formats) {
    it(`writes a ${format} file that graphology-${format}'s own parser reads, the metrics as node attributes`, async () => {
      const response = await get(`/api/network/export.${format}`);
      expect(response.headers['content-type']).toContain(type);
      expect(response.headers['content-disposition']).toMatch(new RegExp(`attachment; filename="kulturrat-network-\\d{4}-\\d{2}-\\d{2}\\.${format}"`));
      const graph = parse(response.body);
      const { nodes } = await networkOf('?metrics=true');
      expect(graph.order).toBe(6);
      expect(graph.size).toBe(4);
      for (const node of nodes) {
        const attributes = graph.getNodeAttributes(node.id) as FileNode;
        expect(attributes, node.name).toMatchObject({
          name: node.name,
          discipline: node.mainDiscipline,
          commune: node.commune,
          degree: node.metrics!.degree,
          weightedDegree: node.metrics!.weightedDegree,
          community: node.metrics!.community,
        });
        expect(attributes.betweenness).toBeCloseTo(node.metrics!.betweenness, 12);
      }
      // Names with markup characters come back whole.
      expect((graph.getNodeAttributes(bram.id) as FileNode).name).toBe('Bram & Co <Dance>');
      expect((graph.getNodeAttributes(bram.id) as FileNode).betweenness).toBeCloseTo(0.5, 12);
      expect(graph.getEdgeAttribute(graph.edge(anna.id, bram.id), 'weight')).toBe(2);
      expect(graph.getEdgeAttribute(graph.edge(cleo.id, dirk.id), 'weight')).toBe(1);
    });

    it(`applies the map's filters to the ${format} file and computes the metrics on what they keep`, async () => {
      const graph = parse((await get(`/api/network/export.${format}?from=2025-01-01&to=2025-12-31&tie=project,group`)).body);
      expect(graph.size).toBe(1);
      expect(graph.hasEdge(cleo.id, dirk.id)).toBe(true);
      expect(graph.getNodeAttribute(bram.id, 'degree')).toBe(0);
      expect(graph.getNodeAttribute(cleo.id, 'degree')).toBe(1);
      const theatre = parse((await get(`/api/network/export.${format}?discipline=theatre`)).body);
      expect(theatre.nodes()).toEqual([anna.id]);
    });
  }

  it('refuses a filter it does not know, naming the field', async () => {
    const response = await leadership.inject('/api/network/export.gexf?tie=friendship');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toMatch(/^tie/);
  });
});
