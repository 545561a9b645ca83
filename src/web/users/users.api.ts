import { z } from 'zod';
import { userSummarySchema } from '../../domain/accounts/index.js';
import type { InstanceRole } from '../../domain/access/index.js';
import { getJson, sendJson } from '../api/client.js';

export const usersApi = {
  list: () => getJson('/api/users', z.array(userSummarySchema)),
  updateInstanceRole: (userId: string, instanceRole: InstanceRole | null) =>
    sendJson(
      'PATCH',
      `/api/users/${encodeURIComponent(userId)}`,
      { instanceRole },
      userSummarySchema,
    ),
};
