import { z } from 'zod';
import { inviteViewSchema } from '../../domain/accounts/index.js';
import {
  memberViewSchema,
  organisationViewSchema,
  updateMembershipSchema,
  type CreateOrganisation,
  type UpdateOrganisation,
} from '../../domain/organisations/index.js';
import { getJson, send, sendJson } from '../api/client.js';
import { organisationApiPath } from './paths.js';

const membersSchema = z.object({
  members: z.array(memberViewSchema),
  invites: z.array(inviteViewSchema),
});

const countriesSchema = z.array(z.object({ code: z.string(), name: z.string() }));

export type Country = z.infer<typeof countriesSchema>[number];
export type MemberList = z.infer<typeof membersSchema>;

function memberPath(organisationId: string, membershipId: string): string {
  return `${organisationApiPath(organisationId)}/members/${encodeURIComponent(membershipId)}`;
}

export const organisationsApi = {
  list: () => getJson('/api/organisations', z.array(organisationViewSchema)),
  create: (body: CreateOrganisation) =>
    sendJson('POST', '/api/organisations', body, organisationViewSchema),
  get: (organisationId: string) =>
    getJson(organisationApiPath(organisationId), organisationViewSchema),
  update: (organisationId: string, body: UpdateOrganisation) =>
    sendJson('PATCH', organisationApiPath(organisationId), body, organisationViewSchema),
  members: (organisationId: string) =>
    getJson(`${organisationApiPath(organisationId)}/members`, membersSchema),
  updateMember: (
    organisationId: string,
    membershipId: string,
    body: z.infer<typeof updateMembershipSchema>,
  ) => sendJson('PATCH', memberPath(organisationId, membershipId), body, memberViewSchema),
  removeMember: (organisationId: string, membershipId: string) =>
    send('DELETE', memberPath(organisationId, membershipId)),
  countries: (locale: string) =>
    getJson(`/api/reference/countries?locale=${encodeURIComponent(locale)}`, countriesSchema),
};
