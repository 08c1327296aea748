import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { collaborationNetwork, TIE_KINDS, TIE_MODEL_VERSION, TIE_WEIGHTS } from '../../analytics/collaboration-network.ts';
import { NETWORK_WIRE_VERSION, packNetwork } from '../../domain/network-wire.ts';
import { networkFileGraph, networkMetrics, toGexf, toGraphml } from '../../analytics/network-files.ts';
import { problemRef } from '../../schemas/common.ts';
import { NetworkFilterSchema, NetworkQuerySchema, PackedNetworkSchema, type NetworkQuery } from '../../schemas/network.ts';
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

  /**
   * The answer's tag: the data's version, the day (open memberships run up to today), the filters,
   * and the shapes of the model and the wire. Weak, as compression changes the bytes.
   */
  const networkTag = async (query: NetworkQuery): Promise<string> => {
    const today = brusselsDate(new Date());
    const version = await fastify.network.dataVersion();
    const key = JSON.stringify([version, today, TIE_MODEL_VERSION, NETWORK_WIRE_VERSION, query]);
    return `W/"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
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
          'per shared activity, also at GET /api/tie-kinds). ' +
          'Packed: each organisation once in `nodes`, the ties as columns in `ties` (`source[i]` and `target[i]` index `nodes`; ' +
          '`kinds[kind][i]` says how many activities of that kind make tie i). With `metrics=true` each organisation also carries ' +
          'its community, betweenness (and rank) and weighted degree, computed on the filtered network. ' +
          'The answer has an ETag that holds while the data does: send it back in If-None-Match and an unchanged network answers 304.',
        querystring: NetworkQuerySchema,
        response: {
          200: PackedNetworkSchema,
          304: Type.Null({ description: 'Not modified: the network is the one of the ETag sent in If-None-Match (no body)' }),
          400: problemRef,
        },
      },
      preValidation: splitTieKinds,
    },
    async (request, reply) => {
      const etag = await networkTag(request.query);
      // Private (members only), and checked on every use: the tag costs one small read, never the network.
      reply.header('etag', etag).header('cache-control', 'private, no-cache');
      const known = request.headers['if-none-match'];
      if (known && known.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) return reply.code(304).send(undefined as unknown as null); // no body at all, not `null`
      const network = await readNetwork(request.query);
      if (!request.query.metrics) return packNetwork(network);
      const metrics = networkMetrics(network.nodes, network.edges);
      return packNetwork({ ...network, nodes: network.nodes.map((n) => ({ ...n, metrics: metrics.get(n.id)! })) });
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
