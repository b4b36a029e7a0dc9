import type { MercuriusLoaders } from 'mercurius';

export const loaders: MercuriusLoaders = {};
