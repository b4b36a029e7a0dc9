import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` reads this: it diffs the schema against the committed
// snapshots and writes the next SQL migration. It never connects to a database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  casing: 'snake_case',
});
