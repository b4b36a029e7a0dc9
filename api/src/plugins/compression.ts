import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import compression from 'compression';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Brotli at quality 4 costs about what gzip does for a smaller answer; the default, 11, suits files
 * compressed once at build (the web app's static files are, by adapter-node's precompress).
 */
const brotliOptions = { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 4 } };

/** Below this an answer goes as it is: the headers would cost more than the bytes saved. */
const threshold = 1024;

/** The API's own answers (GraphQL JSON, health, calendars): brotli when the client takes it, else gzip. */
export async function compressAnswers(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, { global: true, encodings: ['br', 'gzip'], threshold, brotliOptions });
}

const pageCompression = compression({ threshold, brotli: brotliOptions });

/**
 * Pages from the SvelteKit handler, which writes to the raw response Fastify hands over: the same
 * choice of encodings. Static files that carry a Content-Encoding already (precompressed at build)
 * go through untouched.
 */
export function compressPage(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  pageCompression(req as Parameters<typeof pageCompression>[0], res as Parameters<typeof pageCompression>[1], next);
}
