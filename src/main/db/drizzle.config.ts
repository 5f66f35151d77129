import { defineConfig } from 'drizzle-kit';

// Run with `npm run db:generate` after changing schema.ts; the SQL lands in resources/migrations.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/main/db/schema.ts',
  out: './resources/migrations',
});
