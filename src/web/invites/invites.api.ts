import {
  acceptInviteResultSchema,
  createdInviteSchema,
  invitePreviewSchema,
  type AcceptInvite,
  type CreateInvite,
} from '../../domain/accounts/index.js';
import { send, sendJson } from '../api/client.js';
import { organisationApiPath } from '../organisations/paths.js';

export const invitesApi = {
  lookup: (token: string) =>
    sendJson('POST', '/api/invites/lookup', { token }, invitePreviewSchema),
  accept: (body: AcceptInvite) =>
    sendJson('POST', '/api/invites/accept', body, acceptInviteResultSchema),
  create: (organisationId: string, body: CreateInvite) =>
    sendJson('POST', `${organisationApiPath(organisationId)}/invites`, body, createdInviteSchema),
  revoke: (organisationId: string, inviteId: string) =>
    send(
      'DELETE',
      `${organisationApiPath(organisationId)}/invites/${encodeURIComponent(inviteId)}`,
    ),
};
