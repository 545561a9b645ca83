import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawServerDefault,
} from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from './config.js';
import type { Db, Dialect } from './db/database.js';
import { frameworkRoutes } from './frameworks/framework.routes.js';
import { registerErrorHandler } from './http/error-handler.js';
import { healthRoutes } from './http/health.routes.js';
import { registerSecurityHeaders } from './http/security-headers.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dialect: Dialect;
    config: Config;
  }
}

export type AppInstance = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export type AppOptions = {
  config: Config;
  db: Db;
  dialect: Dialect;
  /** The built web app; absent in API-only tests. */
  webRoot?: string | undefined;
};

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export async function buildApp(options: AppOptions): Promise<AppInstance> {
  const app = Fastify({
    logger: { level: options.config.logLevel },
    trustProxy: true,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', options.db);
  app.decorate('dialect', options.dialect);
  app.decorate('config', options.config);

  registerErrorHandler(app);
  registerSecurityHeaders(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'MNR Self-Assessment API',
        description:
          'Self-assessment of a national response to child sexual exploitation and abuse online against the Model National Response Maturity Model.',
        version: '1',
      },
    },
    transform: jsonSchemaTransform,
  });

  healthRoutes(app);
  frameworkRoutes(app);
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  const webRoot = options.webRoot;
  if (webRoot && fs.existsSync(webRoot)) await serveWebApp(app, webRoot);

  return app;
}

/** Serves the single-page app; unknown non-API paths get its index so client routes work. */
async function serveWebApp(app: AppInstance, webRoot: string): Promise<void> {
  await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: ['index.html'] });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.callNotFound();
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
