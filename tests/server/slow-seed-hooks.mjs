// Module hooks for slow-seed.mjs (they run on Node's hooks thread).
let delayMs = 0;

export function initialize(data) {
  delayMs = data.delayMs;
}

export async function load(url, context, nextLoad) {
  if (/\/api\/dist\/seed-[^/]+\.mjs$/.test(url)) await new Promise((resolve) => setTimeout(resolve, delayMs));
  return nextLoad(url, context);
}
