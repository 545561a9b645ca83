import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_REASSESSMENT_MONTHS } from '../domain/assessment/index.js';
import { DEFAULT_THRESHOLD, MIN_THRESHOLD } from '../domain/aggregation/index.js';

const positiveInt = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional(),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: positiveInt(30),
  SESSION_MAX_HOURS: positiveInt(12),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt(10),
  LOGIN_MAX_FAILURES_PER_IP: positiveInt(100),
  LOGIN_FAILURE_WINDOW_MINUTES: positiveInt(15),
  SECRETARIAT_URL: z.url().optional(),
  SECRETARIAT_TOKEN: z
    .string()
    .min(16, 'must be the intake token the secretariat issued')
    .optional(),
  AGGREGATE_MIN_COUNTRIES: z.coerce
    .number()
    .int('must be a whole number')
    .min(
      MIN_THRESHOLD,
      `must be at least ${MIN_THRESHOLD}: smaller published counts could identify countries`,
    )
    .default(DEFAULT_THRESHOLD),
  NEXT_ASSESSMENT_MONTHS: positiveInt(DEFAULT_REASSESSMENT_MONTHS),
});

export type DatabaseConfig =
  { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };

export type MailConfig = { smtpUrl: string; from: string };

export type SecretariatConfig = { url: string; token: string };

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  sessions: { idleMinutes: number; maxHours: number };
  /** Failed sign-ins allowed per account and per client address within the window. */
  loginLimits: { perAccount: number; perIp: number; windowMinutes: number };
  /** k: an aggregate count of fewer countries than this is never published. */
  aggregateMinCountries: number;
  /** Absent when SMTP_URL is not set: links are then only shown to whoever creates them. */
  mail: MailConfig | undefined;
  /**
   * Where "Send" delivers submissions: another (secretariat) instance with the intake token it
   * issued. Absent when SECRETARIAT_URL is not set: "Send" then files them with this instance's
   * own secretariat team.
   */
  secretariat: SecretariatConfig | undefined;
  /** Months after the last finalised assessment that the next one is due. */
  reassessmentMonths: number;
  /** The clock every time-dependent rule reads, so tests can move time instead of sleeping. */
  now: () => Date;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from environment variables; every problem is named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  if (values.SECRETARIAT_URL && !values.SECRETARIAT_TOKEN) {
    throw new ConfigError(
      'Invalid configuration:\n  SECRETARIAT_TOKEN: set it to the intake token the secretariat issued for SECRETARIAT_URL',
    );
  }
  const dataDir = path.resolve(values.DATA_DIR);
  const publicHost = values.PUBLIC_URL ? new URL(values.PUBLIC_URL).hostname : 'localhost';
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir,
    database: values.DATABASE_URL
      ? { kind: 'postgres', url: values.DATABASE_URL }
      : { kind: 'sqlite', file: path.join(dataDir, 'mnr.sqlite') },
    publicUrl: values.PUBLIC_URL,
    logLevel: values.LOG_LEVEL,
    sessions: { idleMinutes: values.SESSION_IDLE_MINUTES, maxHours: values.SESSION_MAX_HOURS },
    loginLimits: {
      perAccount: values.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      perIp: values.LOGIN_MAX_FAILURES_PER_IP,
      windowMinutes: values.LOGIN_FAILURE_WINDOW_MINUTES,
    },
    aggregateMinCountries: values.AGGREGATE_MIN_COUNTRIES,
    secretariat:
      values.SECRETARIAT_URL && values.SECRETARIAT_TOKEN
        ? { url: values.SECRETARIAT_URL.replace(/\/+$/, ''), token: values.SECRETARIAT_TOKEN }
        : undefined,
    mail: values.SMTP_URL
      ? {
          smtpUrl: values.SMTP_URL,
          from: values.MAIL_FROM ?? `MNR Self-Assessment <no-reply@${publicHost}>`,
        }
      : undefined,
    reassessmentMonths: values.NEXT_ASSESSMENT_MONTHS,
    now: () => new Date(),
  };
}

/**
 * The address people open. Links in emails and on the console are built from configuration
 * only, never from the request's Host header, which a client could forge to phish with our links.
 */
export function publicBaseUrl(config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return `http://${host}:${config.port}`;
}
