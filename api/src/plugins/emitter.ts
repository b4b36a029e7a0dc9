import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';

/** Word between instances that one of them has changed something visitors may see. */
export interface ChangeNotices {
  /** Tells every other instance (this one has already acted on its own change). */
  announce(): void;
  /**
   * Calls `heard` whenever another instance announces a change. Resolves once this instance has
   * heard a notice of its own come back through Redis: from then on, no announcement is missed.
   */
  listen(heard: () => void): Promise<void>;
}

export interface Emitter {
  /** Undefined: Mercurius keeps its in-process emitter. */
  emitter: object | undefined;
  /** Undefined when this instance runs alone: there is no one to tell. */
  changes: ChangeNotices | undefined;
  close(): Promise<void>;
}

/**
 * Logs a Redis connection's outage once, however many reconnection attempts fail, and its end.
 * `consequence` says what the instance does without Redis meanwhile.
 */
export function redisOutages(log: FastifyBaseLogger, consequence: string): { lost: (err: Error) => void; back: () => void } {
  let away = false;
  return {
    lost: (err) => {
      if (away) return;
      away = true;
      log.error({ err }, `Redis is unreachable: ${consequence}`);
    },
    back: () => {
      if (!away) return;
      away = false;
      log.info('Redis is reachable again');
    },
  };
}

/** The topic change notices travel on (after the instance's prefix); no GraphQL subscription's topic looks like it. */
export const changesTopic = 'changes';

/**
 * The message bus behind GraphQL subscriptions: in process alone, or shared through Redis. With
 * Redis it also carries change notices, so that a mutation on one instance clears the visitor
 * caches of all of them within moments rather than once their answers expire.
 */
export async function createEmitter(redisUrl: string | undefined, prefix: string, log: FastifyBaseLogger): Promise<Emitter> {
  if (!redisUrl) return { emitter: undefined, changes: undefined, close: async () => {} };
  // Loaded only here: an instance without Redis starts without reading its client.
  const bus = await import('mqemitter-redis');
  // The prefixing emitter ships without types; it is the same emitter with its topics prefixed.
  const { MQEmitterRedisPrefix } = bus.default as unknown as {
    MQEmitterRedisPrefix: new (prefix: string, options: { connectionString: string }) => ReturnType<typeof bus.default>;
  };
  // Every channel starts with the prefix, so deployments sharing one Redis hear only their own.
  const emitter = new MQEmitterRedisPrefix(`${prefix}:`, { connectionString: redisUrl });

  // mqemitter-redis re-emits its connections' errors on `state`, an EventEmitter that throws an
  // error no one listens for: without this, Redis going away would end the process. While it is
  // away, ioredis keeps reconnecting (and resubscribes once back); live events between instances
  // pause, and visitor caches fall back on expiring by themselves. Reported once per outage.
  const state = (emitter as unknown as { state: EventEmitter }).state;
  const outage = redisOutages(log, 'live events and change notices between instances pause until it returns');
  state.on('error', outage.lost);
  state.on('subConnect', outage.back);
  state.on('pubConnect', outage.back);

  // Every instance hears its own notices too; this one already cleared its caches.
  const origin = randomUUID();
  const changes: ChangeNotices = {
    announce: () =>
      emitter.emit({ topic: changesTopic, origin }, (err?: Error) => {
        if (err) log.warn({ err }, 'could not tell the other instances of a change; their visitor caches expire by themselves');
      }),
    // SUBSCRIBE's reply says Redis took the subscription; a probe of our own that comes back
    // says the whole way works, the positive signal the instance waits for before it is ready.
    listen: (heard) =>
      new Promise<void>((ready) => {
        const probe = randomUUID();
        emitter.on(
          changesTopic,
          (message, done) => {
            if (message.probe === probe) ready();
            else if (message.origin !== origin) heard();
            done();
          },
          () => emitter.emit({ topic: changesTopic, origin, probe }),
        );
      }),
  };
  return {
    emitter,
    changes,
    close: () => new Promise<void>((resolve) => emitter.close(() => resolve())),
  };
}
