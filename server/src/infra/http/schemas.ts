/** Schemas shared by many routes: the problem document and common headers. */
import { Type } from 'typebox';

export const problemDetailsSchema = Type.Object(
  {
    type: Type.String({ description: 'Stable URN naming the kind of problem; branch on this.' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String({ description: 'What went wrong and what to do, for a person.' }),
    instance: Type.String({ description: 'The request id; quote it when reporting a problem.' }),
    errors: Type.Optional(
      Type.Array(Type.Object({ in: Type.String(), field: Type.String(), message: Type.String() })),
    ),
    retryAfterSeconds: Type.Optional(Type.Integer()),
  },
  { $id: 'Problem', additionalProperties: true, description: 'RFC 9457 problem document.' },
);

/** Response map entry for the errors a route can answer with. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((status) => [status, Type.Ref('Problem')]));
}
