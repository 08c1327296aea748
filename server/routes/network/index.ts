import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { collaborationNetwork, TIE_KINDS, TIE_WEIGHTS } from '../../analytics/collaboration-network.ts';
import { networkFileGraph, networkMetrics, toGexf, toGraphml } from '../../analytics/network-files.ts';
import { problemRef } from '../../schemas/common.ts';
import { NetworkFilterSchema, NetworkQuerySchema, NetworkSchema, type NetworkQuery } from '../../schemas/network.ts';
import { brusselsDate } from '../../domain/council-time.ts';
import { Type } from '@sinclair/typebox';

const tags = ['network'];

/** tie=project,group reads as tie=project&tie=group. */
const splitTieKinds = async (request: FastifyRequest) => {
  const query = request.query as Record<string, unknown>;
  if (query.tie === undefined) return;
  query.tie = [query.tie].flat().flatMap((t) => String(t).split(',')).map((t) => t.trim()).filter(Boolean);
};

const GraphFile = Type.String({ description: 'The filtered network, each organisation with name, discipline, commune, degree, weightedDegree, betweenness and community; each tie with its weight' });

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  /** The filtered network as the map draws it. */
  const readNetwork = async (query: NetworkQuery) => {
    const { organisations, activities } = await fastify.network.load(query);
    return collaborationNetwork(organisations, activities, { from: query.from, to: query.to });
  };

  fastify.get(
    '/network',
    {
      schema: {
        tags,
        summary: 'The collaboration network: organisations and weighted, dated ties',
        description:
          'Ties come from joint projects (not ideas or cancelled ones) overlapping the period, from membership of the same ' +
          'working group at the same time (dated by the overlap), and from working-group and knowledge-exchange meetings ' +
          `both attended (plenaries do not count). Each kind has its weight (${TIE_KINDS.map((k) => `${k} ${TIE_WEIGHTS[k]}`).join(', ')} ` +
          'per shared activity, also at GET /api/tie-kinds); ' +
          '`kinds` on an edge says how many activities of each kind make it. With `metrics=true` each organisation also carries ' +
          'its community, betweenness (and rank) and weighted degree, computed on the filtered network.',
        querystring: NetworkQuerySchema,
        response: { 200: NetworkSchema, 400: problemRef },
      },
      preValidation: splitTieKinds,
    },
    async (request) => {
      const network = await readNetwork(request.query);
      if (!request.query.metrics) return network;
      const metrics = networkMetrics(network.nodes, network.edges);
      return { ...network, nodes: network.nodes.map((n) => ({ ...n, metrics: metrics.get(n.id)! })) };
    },
  );

  const files = [
    { format: 'gexf', type: 'application/gexf+xml', write: toGexf, name: 'GEXF (Gephi)' },
    { format: 'graphml', type: 'application/graphml+xml', write: toGraphml, name: 'GraphML' },
  ] as const;
  for (const file of files) {
    fastify.get(
      `/network/export.${file.format}`,
      {
        schema: {
          tags,
          summary: `The filtered network as ${file.name}, with each organisation's metrics as node attributes`,
          description: 'The same filters as GET /api/network; metrics are computed on the filtered network, tie weights are on the edges.',
          querystring: NetworkFilterSchema,
          produces: [file.type],
          response: { 200: GraphFile, 400: problemRef },
        },
        preValidation: splitTieKinds,
      },
      async (request, reply) => {
        const network = await readNetwork(request.query);
        const graph = networkFileGraph(network.nodes, network.edges, networkMetrics(network.nodes, network.edges));
        const stamp = brusselsDate(new Date());
        return reply
          .type(`${file.type}; charset=utf-8`)
          .header('content-disposition', `attachment; filename="kulturrat-network-${stamp}.${file.format}"`)
          .send(file.write(graph));
      },
    );
  }
};
export default routes;
