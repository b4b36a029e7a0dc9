// Preloaded (node --import) by the slow-first-start test: holds back loading the compiled demo
// seed (api/dist/seed-*.mjs), which the server imports only while it fills an empty database,
// for MUSTER_TEST_SEED_DELAY_MS. So the first start spends that long inside its startup work,
// as it would on a loaded machine, without any switch in the server itself.
import { register } from 'node:module';

register(new URL('./slow-seed-hooks.mjs', import.meta.url), { data: { delayMs: Number(process.env.MUSTER_TEST_SEED_DELAY_MS) } });
