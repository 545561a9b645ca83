import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
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
import { registerRouteAccess } from './access/route-access.js';
import { aggregateRoutes } from './aggregates/aggregates.routes.js';
import { classificationRoutes } from './reference/classification.routes.js';
import { passwordResetRoutes } from './accounts/password-reset.routes.js';
import { registerAuthentication } from './accounts/request-auth.js';
import { sessionRoutes } from './accounts/session.routes.js';
import { setupRoutes } from './accounts/setup.routes.js';
import { userRoutes } from './accounts/user.routes.js';
import type { Store } from './audit/audit.js';
import type { Config } from './config.js';
import type { Db, Dialect } from './db/database.js';
import { frameworkRoutes } from './frameworks/framework.routes.js';
import { registerCsrfProtection } from './http/csrf.js';
import { registerErrorHandler } from './http/error-handler.js';
import { healthRoutes } from './http/health.routes.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { agreedResultRoutes } from './assessments/agreed-result.routes.js';
import { assessmentRoutes } from './assessments/assessment.routes.js';
import { enablerNoteRoutes } from './assessments/enabler-note.routes.js';
import { planRoutes } from './plan/plan.routes.js';
import { exportRoutes } from './exports/export.routes.js';
import { importRoutes } from './imports/import.routes.js';
import { indicatorRatingRoutes } from './assessments/indicator-rating.routes.js';
import { proposalRoutes } from './assessments/proposal.routes.js';
import { subDomainRoutes } from './assessments/sub-domain.routes.js';
import { evidenceFileRoutes } from './evidence/evidence-file.routes.js';
import { evidenceLinkRoutes } from './evidence/evidence-link.routes.js';
import { exchangeRoutes } from './exchange/exchange.routes.js';
import type { ChangeBus } from './realtime/change-bus.js';
import { createChangeBus } from './realtime/create-change-bus.js';
import { eventRoutes } from './realtime/events.routes.js';
import { inviteRoutes } from './invites/invite.routes.js';
import { createMailer, type Mailer } from './mail/mailer.js';
import { membershipRoutes } from './organisations/membership.routes.js';
import { organisationRoutes } from './organisations/organisation.routes.js';
import { referenceRoutes } from './organisations/reference.routes.js';
import { intakeRoutes } from './secretariat/intake.routes.js';
import { secretariatSubmissionRoutes } from './secretariat/submission.routes.js';
import { submissionRoutes } from './sharing/submission.routes.js';
import { progressRoutes } from './progress/progress.routes.js';
import { resultsRoutes } from './results/results.routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dialect: Dialect;
    /** The database and its dialect, as every write command takes them. */
    store: Store;
    config: Config;
    mailer: Mailer | undefined;
    /** Tells open event streams about committed changes, across instances on PostgreSQL. */
    changes: ChangeBus;
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
  app.decorate('store', { db: options.db, dialect: options.dialect });
  app.decorate('config', options.config);
  const mailer = createMailer(options.config.mail);
  app.decorate('mailer', mailer);
  app.addHook('onClose', async () => mailer?.close());
  const changes = await createChangeBus(options.config.database, options.db, app.log);
  app.decorate('changes', changes);
  app.addHook('onClose', () => changes.close());

  registerErrorHandler(app);
  registerSecurityHeaders(app);
  // onRequest hooks run in this order: read the cookie, resolve the session, refuse cross-site
  // writes, then check the route's declared access.
  await app.register(fastifyCookie);
  registerAuthentication(app);
  registerCsrfProtection(app);
  registerRouteAccess(app);

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
  sessionRoutes(app);
  setupRoutes(app);
  passwordResetRoutes(app);
  userRoutes(app);
  referenceRoutes(app);
  classificationRoutes(app);
  organisationRoutes(app);
  membershipRoutes(app);
  inviteRoutes(app);
  assessmentRoutes(app);
  subDomainRoutes(app);
  indicatorRatingRoutes(app);
  evidenceLinkRoutes(app);
  evidenceFileRoutes(app);
  proposalRoutes(app);
  agreedResultRoutes(app);
  enablerNoteRoutes(app);
  resultsRoutes(app);
  progressRoutes(app);
  planRoutes(app);
  exportRoutes(app);
  importRoutes(app);
  eventRoutes(app);
  submissionRoutes(app);
  intakeRoutes(app);
  secretariatSubmissionRoutes(app);
  aggregateRoutes(app);
  exchangeRoutes(app);
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () =>
    app.swagger(),
  );

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
