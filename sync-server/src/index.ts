// `npm run server -- --port <p> --host <h> --data <dir>`: open storage, seed a new data dir,
// listen, print the URL (scripts wait for that line), stop cleanly on SIGTERM/SIGINT.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './app';
import { loadOrCreateAdmin } from './auth/credentials';
import { ConfigError, loadConfig, type Config } from './config';
import { seedDemoPlant, describeDemoLogins } from './seed/demo-plant';
import { Store } from './storage/store';

async function run(config: Config): Promise<void> {
  mkdirSync(config.dataDir, { recursive: true });
  const dbFile = join(config.dataDir, 'gemba.sqlite');
  const isNewDataDir = !existsSync(dbFile);
  const admin = loadOrCreateAdmin(config.dataDir, process.env);
  const store = new Store(dbFile);
  const tls = config.tlsCert && config.tlsKey
    ? { cert: readFileSync(config.tlsCert), key: readFileSync(config.tlsKey) }
    : undefined;
  const app = await buildApp({
    store,
    admin: admin.credentials,
    staticDir: config.staticDir,
    logger: config.logLevel !== 'silent',
    logLevel: config.logLevel,
    corsOrigins: config.corsOrigins,
    tls,
    isLoopbackCompressed: false,
  });
  const seeded = isNewDataDir && config.isSeedEnabled ? seedDemoPlant(store) : undefined;
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `${tls ? 'https' : 'http'}://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  console.log(`Gemba server listening on ${url}`);
  if (admin.generatedPassword) {
    // Printed once, on the start that generated it; only the scrypt hash is kept.
    console.log(`Admin user "${admin.credentials.user}", password: ${admin.generatedPassword}  (shown once; set COUCHDB_USER/COUCHDB_PASSWORD to choose your own)`);
  }
  if (seeded) console.log(describeDemoLogins(seeded, url));

  let isStopping = false;
  const stop = (signal: string): void => {
    if (isStopping) return;
    isStopping = true;
    app.log.info({ signal }, 'shutting down');
    app
      .close()
      .then(() => {
        store.close();
        process.exit(0);
      })
      .catch((err: unknown) => {
        console.error(err);
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

try {
  await run(loadConfig(process.argv.slice(2), process.env));
} catch (err) {
  if (err instanceof ConfigError || (err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
    console.error(`gemba server: ${err.message}`);
    process.exit(2);
  }
  throw err;
}
