// Checks that the API's domain modules keep their boundaries, and exits non-zero when one does not
// (CI runs it after the lint):
// - another module, and any file outside api/src/modules, reaches a module only through its index.ts,
//   the module's public surface; only api/src/schema.ts imports a module's <m>.module.ts, the schema part;
// - an index.ts does not expose a resolver file or the schema part to other modules;
// - the modules' imports form no cycle, of any length;
// - only repositories write tables: no insert, update or delete in a resolver file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'api', 'src');
const modulesDir = join(src, 'modules');
const schemaFile = join(src, 'schema.ts');

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The domain module a file belongs to, or null for a file outside api/src/modules. */
function moduleOf(path) {
  const rel = relative(modulesDir, path);
  if (rel.startsWith('..')) return null;
  return rel.split(sep)[0];
}

const importPattern = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+['"](\.[^'"]+)['"]/g;
// A drizzle write starts from a database or transaction (`db.update(users)`), not from a call (`createHash(…).update(data)`).
const writePattern = /(?<!\))\.(insert|update|delete)\(\s*(?:schema\.)?[a-z]\w*\s*\)/g;
const executePattern = /\.execute\(/g;

const bypasses = [];
/** module → module → the first file that makes the edge, to show where a cycle comes from. */
const edges = new Map();
const writes = [];

for (const file of filesUnder(src)) {
  const text = readFileSync(file, 'utf8');
  const from = moduleOf(file);
  for (const match of text.matchAll(importPattern)) {
    const target = resolve(dirname(file), match[1]);
    const to = moduleOf(target);
    if (!to) continue;
    const targetFile = relative(join(modulesDir, to), target);
    if (to === from) {
      if (basename(file) === 'index.ts' && (targetFile.endsWith('.resolvers.ts') || targetFile.endsWith('.module.ts'))) {
        bypasses.push(`${relative(root, file)} exposes ${relative(root, target)}`);
      }
      continue;
    }
    if (from) {
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(to)) edges.get(from).set(to, relative(root, file));
    }
    const allowed = targetFile === 'index.ts' || (file === schemaFile && targetFile === `${to}.module.ts`);
    if (!allowed) bypasses.push(`${relative(root, file)} → ${relative(root, target)}`);
  }
  if (!file.endsWith('.resolvers.ts')) continue;
  const lineOf = (index) => text.slice(0, index).split('\n').length;
  for (const match of text.matchAll(writePattern)) {
    writes.push(`${relative(root, file)}:${lineOf(match.index)} ${match[0]}`);
  }
  for (const match of text.matchAll(executePattern)) {
    const statement = text.slice(match.index, text.indexOf('`', text.indexOf('`', match.index) + 1));
    if (/\b(insert\s+into|update\s+\w+\s+set|delete\s+from)\b/i.test(statement)) {
      writes.push(`${relative(root, file)}:${lineOf(match.index)} execute (write)`);
    }
  }
}

/** One shortest cycle through each module that is on a cycle (breadth-first from the module back to itself). */
function cycleThrough(start) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift();
    for (const next of edges.get(at)?.keys() ?? []) {
      if (next === start) {
        const path = [start];
        for (let step = at; step !== start; step = previous.get(step)) path.splice(1, 0, step);
        return path;
      }
      if (!previous.has(next)) {
        previous.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}

const cycles = new Map();
for (const module of [...edges.keys()].sort()) {
  const path = cycleThrough(module);
  if (!path) continue;
  // The same cycle found from each of its modules: name it from its smallest module.
  const first = path.indexOf([...path].sort()[0]);
  const rotated = [...path.slice(first), ...path.slice(0, first)];
  const steps = rotated.map((m, i) => `${m} (${edges.get(m).get(rotated[(i + 1) % rotated.length])})`);
  cycles.set(rotated.join(' → '), `${steps.join(' → ')} → ${rotated[0]}`);
}

const section = (title, lines) => {
  console.log(`${title}: ${lines.length}`);
  for (const line of lines) console.log(`  ${line}`);
};
section("Imports that reach past a module's index.ts", bypasses);
section('Cycles between modules (each module, and the file that makes the step)', [...cycles.values()].sort());
section('Table writes in resolvers', writes);

const figures = `bypasses ${bypasses.length}, module cycles ${cycles.size}, resolver table writes ${writes.length}`;
if (bypasses.length > 0 || cycles.size > 0 || writes.length > 0) {
  console.log(`check:modules failed: ${figures}`);
  process.exitCode = 1;
} else {
  console.log(`check:modules passed: ${figures}`);
}
