/**
 * Renders every generated file of the contract from its source: the OpenAPI document from the
 * server's route schemas (the app built in memory, no server running), the TypeScript types of that
 * document (openapi-typescript), and the live events' JSON Schema from their TypeBox schemas.
 * Deterministic: sorted keys, fixed formatting, so a stale file shows as a diff.
 * @see https://openapi-ts.dev/node
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from '../../server/src/infra/http/openapi-document.js';
import { liveEventsJsonSchema } from '../src/live-events.js';

/** Generated files, by path relative to the contract workspace. */
export const generatedFiles = {
  openApiDocument: 'openapi.json',
  openApiTypes: 'src/generated/openapi.ts',
  liveEventsSchema: 'live-events.schema.json',
} as const;

const typesHeader = `/**
 * The HTTP API's types, generated from contract/openapi.json by openapi-typescript.
 * Do not edit: change the server's route schemas and run \`npm run contract:generate\`.
 */
`;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Each generated file's path (relative to contract/) and its content. */
export async function renderContract(): Promise<Map<string, string>> {
  const document = await buildOpenApiDocument();
  // `alphabetize`: the same order whatever order routes are registered in. `defaultNonNullable: false`:
  // a parameter with a server-side default (limit, sort, mode) stays optional for the caller.
  const types = astToString(
    await openapiTS(document as never, { alphabetize: true, defaultNonNullable: false }),
  );
  return new Map([
    [generatedFiles.openApiDocument, json(document)],
    [generatedFiles.openApiTypes, typesHeader + types],
    [generatedFiles.liveEventsSchema, json(liveEventsJsonSchema())],
  ]);
}
