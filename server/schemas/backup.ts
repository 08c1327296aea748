import { Type } from '@sinclair/typebox';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_LABELS, BACKUP_RELATIONSHIPS } from '../domain/backup-format.ts';

const Properties = Type.Record(Type.String(), Type.Unknown(), {
  description:
    'Property values: JSON strings, booleans and numbers (a number is a Float); other Neo4j types are tagged, ' +
    'e.g. {"$int":"1998"}, {"$date":"2024-03-01"}, {"$datetime":"2024-03-01T10:00:00.123456789Z"}; lists are arrays',
});

/**
 * Documents the file and checks only its JSON shape. What it says is checked by checkBackup
 * (server/domain/backup-format.ts), whose messages name the node or relationship at fault and which
 * tells a foreign file apart from a damaged one, so nothing is required here.
 */
export const BackupDocumentSchema = Type.Object(
  {
    format: Type.Optional(Type.String({ description: `Always "${BACKUP_FORMAT}"` })),
    formatVersion: Type.Optional(Type.Integer({ description: `${BACKUP_FORMAT_VERSION} for this version of Kulturrat` })),
    createdAt: Type.Optional(Type.String({ description: 'When the backup was taken (ISO 8601)' })),
    neo4jVersion: Type.Optional(Type.String()),
    nodes: Type.Optional(
      Type.Array(
        Type.Object({
          labels: Type.Array(Type.String(), { description: `One of ${BACKUP_LABELS.join(', ')}` }),
          properties: Properties,
        }),
        { description: 'Every node but sign-in sessions; each has a text id' },
      ),
    ),
    relationships: Type.Optional(
      Type.Array(
        Type.Object({
          type: Type.String({ description: `One of ${Object.keys(BACKUP_RELATIONSHIPS).join(', ')}` }),
          start: Type.String({ description: 'The id of the start node' }),
          end: Type.String({ description: 'The id of the end node' }),
          properties: Properties,
        }),
      ),
    ),
    counts: Type.Optional(Type.Object({ nodes: Type.Integer(), relationships: Type.Integer() }, { description: 'Written last: a file cut short lacks it' })),
  },
  { description: `A full backup of the graph, format "${BACKUP_FORMAT}" version ${BACKUP_FORMAT_VERSION}` },
);

export const RestoreResultSchema = Type.Object({
  nodes: Type.Integer(),
  relationships: Type.Integer(),
});
