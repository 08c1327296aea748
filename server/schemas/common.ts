// Schemas shared by every domain: problem details, ids, multilingual text, pages.
import { Kind, Type, TypeRegistry, type Static, type TSchema } from '@sinclair/typebox';
import { LOCALES } from '../domain/taxonomy.ts';

export const UuidSchema = Type.String({ format: 'uuid' });
export const IsoDateSchema = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
export const IsoDateTimeSchema = Type.String({ format: 'date-time' });
export const LocaleSchema = Type.Union(LOCALES.map((l) => Type.Literal(l)));

export const LocalisedTextSchema = Type.Object(
  Object.fromEntries(LOCALES.map((l) => [l, Type.Optional(Type.String({ maxLength: 4000 }))])),
  { additionalProperties: false, description: 'The same text in several languages; any may be missing.' },
);

// A plain JSON Schema `enum` (clearer errors and OpenAPI than a union of literals), known to
// TypeBox's own compiler through the registry.
if (!TypeRegistry.Has('StringEnum')) {
  TypeRegistry.Set<{ enum: string[] }>('StringEnum', (schema, value) => typeof value === 'string' && schema.enum.includes(value));
}

export function StringEnum<T extends readonly string[]>(values: T, options: { description?: string } = {}) {
  return Type.Unsafe<T[number]>({ [Kind]: 'StringEnum', type: 'string', enum: [...values], ...options });
}

export const ProblemDetailsSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    code: Type.Optional(Type.String({ description: 'Stable machine-readable reason, e.g. version-conflict' })),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          field: Type.Optional(Type.String()),
          row: Type.Optional(Type.Integer({ description: 'Line in the uploaded file; the header is line 1' })),
          column: Type.Optional(Type.String()),
          code: Type.String(),
          message: Type.String(),
          value: Type.Optional(Type.String({ description: 'The value found, e.g. the cell naming an unknown commune' })),
          suggestions: Type.Optional(Type.Array(Type.String(), { description: 'Codes the value may have meant, closest first' })),
        }),
      ),
    ),
  },
  { $id: 'ProblemDetails', description: 'RFC 9457 problem details' },
);
export type ProblemDetails = Static<typeof ProblemDetailsSchema>;

export const problemRef = Type.Ref('ProblemDetails');

/** The `:id` of every route that names one thing by its uuid. */
export const IdParams = Type.Object({ id: UuidSchema });

/** The headers of a create (POST /<things>): an optional Idempotency-Key makes a retry safe. */
export const CreateHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      format: 'uuid',
      description:
        'A UUID you choose, which becomes the id of the new record. Sending the same request again with the same key ' +
        '(after a timeout, say) answers the record made the first time instead of making another; the same key with ' +
        'another request (or someone else\'s) is refused with 409 idempotency-key-reused.',
    }),
  ),
});

const PageFrameSchema = Type.Object({
  total: Type.Integer({ description: 'Items matching, over all pages' }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

/** One page of a list, as every list route answers it. */
export function PageSchema<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), ...PageFrameSchema.properties });
}

/** The type of PageSchema(item): the one page shape of the server, its repositories and the dashboard. */
export type Page<T> = { items: T[] } & Static<typeof PageFrameSchema>;

/**
 * Paging bounds: the largest page times the largest page size stays far inside Neo4j's 64-bit
 * `SKIP` (and JavaScript's exact integers), so any page past the end is an empty page, and a page
 * beyond these (`page=Infinity`, `page=85899346`) is a 400 naming the field.
 */
export const PAGE_MAX = 1_000_000;
export const PAGE_SIZE_MAX = 200;

export const PagingQuerySchema = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: PAGE_MAX, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: PAGE_SIZE_MAX, default: 25 })),
};

/** `?version` of a delete: only if nobody changed the thing since that version was read. */
export const VersionQuery = Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) });

/** What every stored thing the API answers ends with: when it was made and last changed, and its version. */
export const StoredFields = {
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer({ description: 'Send it back with a change; 409 when someone saved a newer one first' }),
};
