/**
 * TypeBox lists a property with a `default` as required, and fastify-swagger copies that list into
 * the OpenAPI document. But the server fills such a value in itself (Ajv `useDefaults`), so a client
 * may leave it out: this marks those query/header parameters and request-body properties optional
 * in the document, so that generated clients (the contract workspace) do not demand them.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** The document with every defaulted parameter and request-body property made optional (in place). */
export function optionalWhereDefaulted<T>(document: T): T {
  const paths = isObject(document) && isObject(document.paths) ? document.paths : {};
  for (const route of Object.values(paths)) {
    if (!isObject(route)) continue;
    for (const operation of Object.values(route)) {
      if (!isObject(operation)) continue;
      for (const parameter of Array.isArray(operation.parameters) ? operation.parameters : []) {
        if (isObject(parameter) && parameter.in !== 'path' && isObject(parameter.schema)) {
          if (parameter.schema.default !== undefined) parameter.required = false;
        }
      }
      const content = isObject(operation.requestBody) ? operation.requestBody.content : undefined;
      for (const media of isObject(content) ? Object.values(content) : []) {
        if (isObject(media) && isObject(media.schema)) dropDefaultedFromRequired(media.schema);
      }
    }
  }
  return document;
}

function dropDefaultedFromRequired(schema: Json) {
  const properties = isObject(schema.properties) ? schema.properties : undefined;
  if (properties === undefined || !Array.isArray(schema.required)) return;
  schema.required = schema.required.filter((name) => {
    const property = properties[String(name)];
    return !(isObject(property) && property.default !== undefined);
  });
}
