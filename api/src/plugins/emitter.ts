import mqemitterRedis from 'mqemitter-redis';

export interface Emitter {
  /** Undefined: Mercurius keeps its in-process emitter. */
  emitter: object | undefined;
  close(): Promise<void>;
}

/** The message bus behind GraphQL subscriptions: in process alone, or shared through Redis. */
export async function createEmitter(redisUrl: string | undefined): Promise<Emitter> {
  if (!redisUrl) return { emitter: undefined, close: async () => {} };
  const emitter = mqemitterRedis({ connectionString: redisUrl });
  return {
    emitter,
    close: () => new Promise<void>((resolve) => emitter.close(() => resolve())),
  };
}
