/** The shared domain values; the live events and the OpenAPI types have their own entry points. */
export * from './domain.js';
