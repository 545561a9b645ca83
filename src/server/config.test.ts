import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, publicBaseUrl } from './config.js';

describe('loadConfig', () => {
  it('has safe defaults for sessions, sign-in limits and mail', () => {
    const config = loadConfig({});
    expect(config.sessions).toEqual({ idleMinutes: 30, maxHours: 12 });
    expect(config.loginLimits).toEqual({ perAccount: 10, perIp: 100, windowMinutes: 15 });
    expect(config.mail).toBeUndefined();
    expect(publicBaseUrl(config)).toBe('http://127.0.0.1:3000');
  });

  it('reads the session, limit and mail settings', () => {
    const config = loadConfig({
      SESSION_IDLE_MINUTES: '10',
      SESSION_MAX_HOURS: '8',
      LOGIN_MAX_FAILURES_PER_IP: '500',
      SMTP_URL: 'smtp://mail.example.gov:587',
      PUBLIC_URL: 'https://mnr.example.gov/',
    });
    expect(config.sessions).toEqual({ idleMinutes: 10, maxHours: 8 });
    expect(config.loginLimits.perIp).toBe(500);
    expect(config.mail).toEqual({
      smtpUrl: 'smtp://mail.example.gov:587',
      from: 'MNR Self-Assessment <no-reply@mnr.example.gov>',
    });
    expect(publicBaseUrl(config)).toBe('https://mnr.example.gov');
  });

  it('names every invalid setting', () => {
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0', SMTP_URL: 'http://x' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0', SMTP_URL: 'http://x' })).toThrow(
      /SESSION_IDLE_MINUTES[\s\S]*SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/,
    );
  });

  it('sends submissions to another instance only with its intake token', () => {
    expect(loadConfig({}).secretariat).toBeUndefined();
    expect(
      loadConfig({
        SECRETARIAT_URL: 'https://alliance.example/',
        SECRETARIAT_TOKEN: 'a'.repeat(43),
      }).secretariat,
    ).toEqual({ url: 'https://alliance.example', token: 'a'.repeat(43) });
    expect(() => loadConfig({ SECRETARIAT_URL: 'https://alliance.example' })).toThrow(
      /SECRETARIAT_TOKEN: set it to the intake token/,
    );
  });

  it('publishes aggregates of at least 5 countries unless told otherwise, and never fewer than 3', () => {
    expect(loadConfig({}).aggregateMinCountries).toBe(5);
    expect(loadConfig({ AGGREGATE_MIN_COUNTRIES: '8' }).aggregateMinCountries).toBe(8);
    expect(loadConfig({ AGGREGATE_MIN_COUNTRIES: '3' }).aggregateMinCountries).toBe(3);
    expect(() => loadConfig({ AGGREGATE_MIN_COUNTRIES: '2' })).toThrow(
      /AGGREGATE_MIN_COUNTRIES: must be at least 3: smaller published counts could identify countries/,
    );
    expect(() => loadConfig({ AGGREGATE_MIN_COUNTRIES: '4.5' })).toThrow(
      /AGGREGATE_MIN_COUNTRIES: must be a whole number/,
    );
  });
});
