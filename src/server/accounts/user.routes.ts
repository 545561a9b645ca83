import { z } from 'zod';
import { updateInstanceRoleSchema, userSummarySchema } from '../../domain/accounts/index.js';
import type { AppInstance } from '../app.js';
import { updateInstanceRole } from './user.commands.js';
import { listUsers } from './user.queries.js';

export function userRoutes(app: AppInstance): void {
  app.get(
    '/api/users',
    {
      config: { access: 'instanceAdmin' },
      schema: {
        tags: ['accounts'],
        summary: 'Every account and its instance role (instance admins)',
        response: { 200: z.array(userSummarySchema) },
      },
    },
    (request) => listUsers(app.db, request.auth?.actor ?? null),
  );

  app.patch(
    '/api/users/:userId',
    {
      config: { access: 'instanceAdmin' },
      schema: {
        tags: ['accounts'],
        summary: 'Grant or remove an instance role (instance admins)',
        params: z.object({ userId: z.string().min(1).max(36) }),
        body: updateInstanceRoleSchema,
        response: { 200: userSummarySchema },
      },
    },
    (request) =>
      updateInstanceRole(
        app.store,
        request.auth?.actor ?? null,
        request.params.userId,
        request.body.instanceRole,
        app.config.now(),
      ),
  );
}
