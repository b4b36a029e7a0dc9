// Run by `pnpm install` (this package's `prepare`): makes the initialised, empty cluster that
// lets a first start skip initdb. Never fails the install: without it, a first start is slower.
try {
  const { writeInitdbDirectory } = await import('../src/pglite-snapshot.ts');
  await writeInitdbDirectory();
} catch (error) {
  console.warn(`Could not prepare the initialised PGlite cluster (${(error as Error).message}); the first start will run initdb.`);
}
