// pnpm bench:lighthouse — Lighthouse (mobile: a mid-range phone on a slow 4G link, simulated)
// against the home, search and practice pages, in Debian's Chromium, as a signed-in member and as a
// visitor. Muster runs as `pnpm start` does (NODE_ENV=production, PGlite with the demo data).
// Prints performance, First Contentful Paint, Total Blocking Time, Largest Contentful Paint and the
// JavaScript a page loads (bytes on the wire, compressed), each page a few times (the median).
// Aims (issue "A signed-in member's pages as fast as a visitor's"): performance ≥ 95, FCP < 1.8 s,
// TBT < 200 ms, JS ≤ 60 KB compressed on each page.
//
//   pnpm bench:lighthouse [--runs 3] [--chromium /usr/bin/chromium]
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { demoMemberCookie } from './demo-session.ts';
import { ensureBuilt, startMuster, type MusterProcess } from './muster-process.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, chromium: { type: 'string', default: '/usr/bin/chromium' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of at least 1, not "${values.runs}".`);
  process.exit(1);
}

interface Figures {
  performance: number;
  fcp: number;
  tbt: number;
  lcp: number;
  scriptBytes: number;
}

const pages = [
  { name: 'home', path: '/' },
  { name: 'search', path: '/search?q=mental+health+crisis' },
  { name: 'practice', path: '/practices/memphis-crisis-intervention-team' },
];

let server: MusterProcess | null = null;
let chrome: chromeLauncher.LaunchedChrome | null = null;
try {
  ensureBuilt();
  server = await startMuster({ DATA_DIR: mkdtempSync(join(tmpdir(), 'muster-bench-lighthouse-')), NODE_ENV: 'production', LOG_LEVEL: 'warn', REQUESTS_PER_MINUTE: '100000' });
  const member = await demoMemberCookie(server.url);
  chrome = await chromeLauncher.launch({
    chromePath: values.chromium,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  console.log(`\nLighthouse ${runs} run(s) a page, mobile preset, Chromium at ${values.chromium}; load average ${loadavg()[0]!.toFixed(1)} before\n`);
  const rows: string[][] = [];
  const misses: string[] = [];
  for (const who of ['member', 'visitor'] as const) {
    for (const page of pages) {
      const figures: Figures[] = [];
      for (let i = 0; i < runs; i++) figures.push(await audit(`${server.url}${page.path}`, chrome.port, who === 'member' ? member : undefined));
      const m = median(figures);
      rows.push([`${page.name}, ${who}`, String(m.performance), `${(m.fcp / 1000).toFixed(2)} s`, `${Math.round(m.tbt)} ms`, `${(m.lcp / 1000).toFixed(2)} s`, `${(m.scriptBytes / 1024).toFixed(1)} KB`]);
      if (m.performance < 95) misses.push(`${page.name} (${who}) performance ${m.performance}`);
      if (m.fcp >= 1800) misses.push(`${page.name} (${who}) FCP ${(m.fcp / 1000).toFixed(2)} s`);
      if (m.tbt >= 200) misses.push(`${page.name} (${who}) TBT ${Math.round(m.tbt)} ms`);
      if (m.scriptBytes > 60 * 1024) misses.push(`${page.name} (${who}) JS ${(m.scriptBytes / 1024).toFixed(1)} KB`);
    }
  }
  const header = ['page', 'performance', 'FCP', 'TBT', 'LCP', 'JS (wire)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ')}`;
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(`\nAims (performance ≥ 95, FCP < 1.8 s, TBT < 200 ms, JS ≤ 60 KB): ${misses.length ? `MISSED — ${misses.join('; ')}` : 'met on every page'}`);
  console.log(`load average ${loadavg()[0]!.toFixed(1)} after (a busy machine lowers the scores: Lighthouse's simulation starts from what it observes)`);
} finally {
  await chrome?.kill();
  await server?.stop();
}

async function audit(url: string, port: number, cookie: string | undefined): Promise<Figures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcp: numeric('first-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    lcp: numeric('largest-contentful-paint'),
    scriptBytes: requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
  };
}

function median(all: Figures[]): Figures {
  const mid = <K extends keyof Figures>(key: K) => [...all.map((f) => f[key])].sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
  return { performance: mid('performance'), fcp: mid('fcp'), tbt: mid('tbt'), lcp: mid('lcp'), scriptBytes: mid('scriptBytes') };
}
