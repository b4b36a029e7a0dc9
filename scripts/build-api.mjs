// The API server as plain JavaScript modules, so `pnpm start` runs it on Node alone: running
// the TypeScript sources through tsx's loader costs about 100 MB of memory for as long as the
// server runs (a loader thread, transform caches and source maps). esbuild compiles the sources of
// the workspace (api/, db/) into api/dist/ (server.mjs, and the app as a chunk of its own) in a fraction of a second; every other
// package stays an import, resolved once here to the very file Node would load, so the bundle
// shares each dependency's single copy. Each module keeps its own `import.meta.url`, so paths
// relative to a source file (GraphQL schema files, migrations, the web build) still point where
// they did.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { apiBundleIsCurrent, banner, serverBundle } from './api-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const workspaceSources = {
  name: 'workspace-sources',
  setup(esbuild) {
    // Bare imports: the workspace's own packages are compiled in; any other package is left to
    // Node, named by the absolute file esbuild resolved it to from the importing source.
    esbuild.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('@muster/') || args.pluginData === 'resolving') return undefined;
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const resolved = await esbuild.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolving' });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: pathToFileURL(resolved.path).href, external: true };
    });
    esbuild.onLoad({ filter: /\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};

/** Compiles the API when the bundle is missing, older than a source, or from another checkout. */
export async function buildApi() {
  if (apiBundleIsCurrent()) return;
  rmSync(dirname(serverBundle), { recursive: true, force: true });
  await build({
    banner: { js: banner },
    entryPoints: [fileURLToPath(new URL('../api/src/server.ts', import.meta.url))],
    // Split at dynamic imports, as Node loads the sources: server.ts opens the database while
    // the app's modules (a chunk of their own) load.
    outdir: dirname(serverBundle),
    outExtension: { '.js': '.mjs' },
    splitting: true,
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Node's own conditions only (esbuild would otherwise add "module").
    conditions: [],
    plugins: [workspaceSources],
    logLevel: 'warning',
    legalComments: 'none',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildApi();
