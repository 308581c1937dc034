// All configuration in one place: defaults, then environment, then CLI flags. Relative paths are
// resolved against the directory the user ran npm in (INIT_CWD), not sync-server/.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  staticDir: string;
  tlsCert: string | undefined;
  tlsKey: string | undefined;
  corsOrigins: string[];
  isSeedEnabled: boolean;
  logLevel: string;
}

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export class ConfigError extends Error {}

export function loadConfig(argv: string[], env: NodeJS.ProcessEnv): Config {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      static: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'cors-origin': { type: 'string', multiple: true },
      'no-seed': { type: 'boolean' },
      'log-level': { type: 'string' },
    },
  });
  const cwd = env.INIT_CWD ?? process.cwd();
  const port = Number(values.port ?? env.PORT ?? 5984);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`Invalid port: ${values.port ?? env.PORT}`);
  const tlsCert = values['tls-cert'] ?? env.GEMBA_TLS_CERT;
  const tlsKey = values['tls-key'] ?? env.GEMBA_TLS_KEY;
  if ((tlsCert === undefined) !== (tlsKey === undefined)) throw new ConfigError('--tls-cert and --tls-key go together');
  const cors = values['cors-origin'] ?? (env.GEMBA_CORS_ORIGINS ? env.GEMBA_CORS_ORIGINS.split(',') : []);
  return {
    port,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    dataDir: resolve(cwd, values.data ?? env.GEMBA_DATA ?? resolve(REPO_ROOT, 'data')),
    staticDir: resolve(cwd, values.static ?? env.GEMBA_STATIC ?? resolve(REPO_ROOT, 'dist')),
    tlsCert: tlsCert === undefined ? undefined : resolve(cwd, tlsCert),
    tlsKey: tlsKey === undefined ? undefined : resolve(cwd, tlsKey),
    corsOrigins: cors.map((o) => o.trim()).filter((o) => o.length > 0),
    isSeedEnabled: !(values['no-seed'] ?? env.GEMBA_NO_SEED === '1'),
    logLevel: values['log-level'] ?? env.LOG_LEVEL ?? 'warn',
  };
}
