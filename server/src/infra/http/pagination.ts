/**
 * The query string and answer shape of every list endpoint: `limit` and an opaque `cursor`, answered
 * with `data` and `nextCursor`. The paging itself (keyset, never OFFSET) is `infra/db/keyset.ts`.
 */
import { type Static, Type } from 'typebox';

export const maxPageSize = 100;

/** Query-string fields every list endpoint accepts, merged into its own filters. */
export const pageQuerySchema = {
  limit: Type.Integer({ minimum: 1, maximum: maxPageSize, default: 20, description: 'Rows per page.' }),
  cursor: Type.Optional(
    Type.String({
      maxLength: 512,
      pattern: '^[A-Za-z0-9_-]+$',
      description: "Opaque cursor from the previous page's `nextCursor`.",
    }),
  ),
};

export const pageInfoSchema = Type.Object({
  nextCursor: Type.Union([Type.String(), Type.Null()], {
    description: 'Pass as `cursor` to get the next page; null on the last page.',
  }),
});

export function pageSchema<T extends ReturnType<typeof Type.Object>>(item: T) {
  return Type.Object({ data: Type.Array(item), nextCursor: pageInfoSchema.properties.nextCursor });
}

export type PageQuery = Static<ReturnType<typeof Type.Object<typeof pageQuerySchema>>>;
