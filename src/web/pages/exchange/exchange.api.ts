import { z } from 'zod';
import {
  candidateViewSchema,
  secretariatProposalViewSchema,
  sideViewSchema,
  type CreateProposal,
  type ExchangeDecision,
} from '../../../domain/exchange/index.js';
import { getJson, sendJson } from '../../api/client.js';
import { organisationApiPath } from '../../organisations/paths.js';

export const EXCHANGE_PATH = '/secretariat/exchange';

const BASE = '/api/secretariat/exchange';

export const organisationProposalsSchema = z.object({
  canDecide: z.boolean(),
  proposals: z.array(sideViewSchema),
});

export const exchangeApi = {
  candidates: () => getJson(`${BASE}/candidates`, z.array(candidateViewSchema)),
  proposals: () => getJson(`${BASE}/proposals`, z.array(secretariatProposalViewSchema)),
  propose: (input: CreateProposal) =>
    sendJson('POST', `${BASE}/proposals`, input, secretariatProposalViewSchema),
  forOrganisation: (organisationId: string) =>
    getJson(
      `${organisationApiPath(organisationId)}/exchange-proposals`,
      organisationProposalsSchema,
    ),
  decide: (
    organisationId: string,
    proposalId: string,
    input: { decision: ExchangeDecision; version: number },
  ) =>
    sendJson(
      'POST',
      `${organisationApiPath(organisationId)}/exchange-proposals/${encodeURIComponent(proposalId)}/decision`,
      input,
      sideViewSchema,
    ),
};
