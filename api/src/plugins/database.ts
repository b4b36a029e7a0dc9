import fp from 'fastify-plugin';
import { createDb, isEmpty, type Database, type SeedName } from '@muster/db';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
  }
}

export interface DatabasePluginOptions {
  databaseUrl?: string;
  dataDir: string;
  seed: SeedName;
  /** A database the caller owns (tests): used as it is, neither migrated nor closed here. */
  database?: Database;
  /** A database already being opened (the server starts it early), which this plugin then owns. */
  opening?: Promise<Database>;
}

/** Opens the database, brings its schema up to date, loads the seed into an empty one, and closes it on shutdown. */
export const databasePlugin = fp<DatabasePluginOptions>(
  async (app, options) => {
    if (options.database) {
      app.decorate('database', options.database);
      return;
    }
    const database = await (options.opening ?? createDb({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
    try {
      await database.ping();
    } catch (error) {
      await database.close().catch(() => {});
      throw new Error(
        `could not reach the database at DATABASE_URL (${(error as Error).message}). Check the URL, or unset DATABASE_URL to use the embedded database.`,
        { cause: error },
      );
    }
    app.addHook('onClose', () => database.close());
    await database.migrate();
    // The seed data is loaded (imported) only when there is an empty database to fill.
    if (options.seed !== 'none' && (await isEmpty(database.db))) {
      const { seed } = await import('@muster/db/seed');
      if (await seed(database.db, options.seed)) app.log.info({ seed: options.seed }, 'loaded seed data into the empty database');
    }
    app.decorate('database', database);
  },
  { name: 'database' },
);
