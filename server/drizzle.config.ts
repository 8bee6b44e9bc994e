import { defineConfig } from 'drizzle-kit';

/** Generates SQL migrations from src/infra/db/schema.ts into drizzle/ (committed, reviewed like code). */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/infra/db/schema.ts',
  out: './drizzle',
});
