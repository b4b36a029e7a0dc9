// Prints how the API's domain modules depend on each other, so that the layering stays as designed:
// another module is reached only through its index.ts, no two modules import each other, and only
// repositories write tables. Exits non-zero when an import bypasses an index.ts or a resolver writes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'api', 'src');
const modulesDir = join(src, 'modules');

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
const edges = new Map();
const writes = [];

for (const file of filesUnder(src)) {
  const text = readFileSync(file, 'utf8');
  const from = moduleOf(file);
  for (const match of text.matchAll(importPattern)) {
    const target = resolve(dirname(file), match[1]);
    const to = moduleOf(target);
    if (!to || to === from) continue;
    if (from) {
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from).add(to);
    }
    if (relative(join(modulesDir, to), target) !== 'index.ts') {
      bypasses.push(`${relative(root, file)} → ${relative(root, target)}`);
    }
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

const cycles = [];
for (const [a, targets] of edges) {
  for (const b of targets) if (a < b && edges.get(b)?.has(a)) cycles.push(`${a} ↔ ${b}`);
}

const section = (title, lines) => {
  console.log(`${title}: ${lines.length}`);
  for (const line of lines) console.log(`  ${line}`);
};
section('Imports into a module that bypass its index.ts', bypasses);
section('Modules that import each other', cycles.sort());
section('Table writes in resolvers', writes);

if (bypasses.length > 0 || writes.length > 0) process.exitCode = 1;
