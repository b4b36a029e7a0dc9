// Run by `pnpm install` (this package's `prepare`): makes the initialised-cluster snapshot that
// lets a first start skip initdb. Never fails the install: without it, a first start is slower.
try {
  const { writeInitdbSnapshot } = await import('../src/pglite-snapshot.ts');
  await writeInitdbSnapshot();
} catch (error) {
  console.warn(`Could not prepare the PGlite snapshot (${(error as Error).message}); the first start will run initdb.`);
}
