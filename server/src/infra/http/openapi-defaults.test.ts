import { describe, expect, it } from 'vitest';
import { optionalWhereDefaulted } from './openapi-defaults.js';

describe('optionalWhereDefaulted', () => {
  it('lets a client leave out what the server fills in by default, and nothing else', () => {
    const document = optionalWhereDefaulted({
      paths: {
        '/things/{id}': {
          get: {
            parameters: [
              { in: 'path', name: 'id', required: true, schema: { type: 'string', default: 'x' } },
              { in: 'query', name: 'limit', required: true, schema: { type: 'integer', default: 20 } },
              { in: 'query', name: 'q', required: true, schema: { type: 'string' } },
            ],
          },
          post: {
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['source', 'mode'],
                    properties: { source: { type: 'string' }, mode: { type: 'string', default: 'submit' } },
                  },
                },
              },
            },
          },
        },
      },
    });
    const route = document.paths['/things/{id}'];
    expect(route.get.parameters.map((p) => p.required)).toEqual([true, false, true]);
    expect(route.post.requestBody.content['application/json'].schema.required).toEqual(['source']);
  });
});
