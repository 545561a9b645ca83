import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { assessmentChangeEventSchema } from '../../domain/assessment/api/index.js';
import type { Db } from '../db/database.js';
import { inProcessChangeBus, type ChangeBus } from './change-bus.js';

const RECONNECT_MS = 1000;

/**
 * The channel every instance on one database listens on. Notifications are per database, so a
 * schema of its own (tests, benchmarks) gets a channel of its own.
 */
export function changeChannel(schema: string | undefined): string {
  const suffix = schema ? `_${schema.toLowerCase().replace(/[^a-z0-9_]/g, '_')}` : '';
  return `mnr_changes${suffix}`.slice(0, 63);
}

/**
 * PostgreSQL LISTEN/NOTIFY in front of the in-process bus: publishing sends a NOTIFY, and every
 * instance's listening connection (this one's included) hands what it hears to its own
 * streams. While the connection is being re-established, changes are missed; clients reload on
 * reconnecting, so nothing is lost but a live update.
 */
export async function postgresChangeBus(
  db: Db,
  connection: { url: string; schema?: string | undefined },
  log: FastifyBaseLogger,
): Promise<ChangeBus> {
  const local = inProcessChangeBus();
  const channel = changeChannel(connection.schema);
  let client: pg.Client | undefined;
  let closing = false;
  let retry: NodeJS.Timeout | undefined;

  const listen = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: connection.url });
    next.on('notification', (message) => {
      if (message.channel !== channel || !message.payload) return;
      try {
        const { assessmentId, event } = JSON.parse(message.payload) as {
          assessmentId: string;
          event: unknown;
        };
        local.publish(assessmentId, assessmentChangeEventSchema.parse(event));
      } catch (error) {
        log.warn({ err: error }, 'ignored a malformed change notification');
      }
    });
    next.on('error', (error) => {
      log.error({ err: error }, 'the change notification connection failed; reconnecting');
      void next.end().catch(() => undefined);
      if (client === next) client = undefined;
      scheduleReconnect();
    });
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    client = next;
  };

  const scheduleReconnect = () => {
    if (closing || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      listen().catch((error: unknown) => {
        log.error({ err: error }, 'could not listen for changes; retrying');
        scheduleReconnect();
      });
    }, RECONNECT_MS);
  };

  await listen();

  return {
    publish: (assessmentId, event) => {
      const payload = JSON.stringify({ assessmentId, event });
      sql`SELECT pg_notify(${channel}, ${payload})`
        .execute(db)
        .catch((error: unknown) => log.error({ err: error }, 'could not announce a change'));
    },
    subscribe: local.subscribe,
    subscribers: local.subscribers,
    close: async () => {
      closing = true;
      if (retry) clearTimeout(retry);
      await client?.end();
      await local.close();
    },
  };
}
