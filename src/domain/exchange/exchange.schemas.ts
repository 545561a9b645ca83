import { z } from 'zod';
import { cycleLabelSchema } from '../aggregation/aggregation.schemas.js';
import { subDomainKeySchema } from '../plan/plan.schemas.js';
import { submissionPayloadSchema } from '../sharing/submission.schema.js';

/**
 * Knowledge exchange: the secretariat proposes introducing a country that seeks support in a
 * sub-domain to one that offers its experience there; each side accepts or declines, and only
 * when both accept does either learn who the other is.
 */

/** Which side of an introduction a country is on. */
export const EXCHANGE_SIDES = ['seeker', 'offerer'] as const;
export const exchangeSideSchema = z.enum(EXCHANGE_SIDES);
export type ExchangeSide = z.infer<typeof exchangeSideSchema>;

/** One side's answer so far. */
export const SIDE_DECISIONS = ['pending', 'accepted', 'declined'] as const;
export const sideDecisionSchema = z.enum(SIDE_DECISIONS);
export type SideDecision = z.infer<typeof sideDecisionSchema>;

/**
 * Where a proposal stands, as the secretariat sees it. `accepted-by-one` is never shown to the
 * side that has not answered: to it, the proposal is simply waiting for its decision.
 */
export const PROPOSAL_STATES = [
  'proposed',
  'accepted-by-one',
  'introduced',
  'not-taken-forward',
] as const;
export const proposalStateSchema = z.enum(PROPOSAL_STATES);
export type ProposalState = z.infer<typeof proposalStateSchema>;

/** Who to put the other country in touch with, as the submission names them. */
export const exchangeContactSchema = submissionPayloadSchema.shape.contact;
export type ExchangeContact = z.infer<typeof exchangeContactSchema>;

/** What candidate matching needs from a country's shared submission. */
export const exchangeSubmissionSchema = z.object({
  submissionId: z.string(),
  countryCode: z.string(),
  countryName: z.string(),
  cycle: cycleLabelSchema,
  /** The country's organisation when it is hosted on the secretariat's instance, else null. */
  organisationId: z.string().nullable(),
  knowledgeExchange: z.boolean(),
  seeking: z.array(subDomainKeySchema),
  offering: z.array(subDomainKeySchema),
});
export type ExchangeSubmission = z.infer<typeof exchangeSubmissionSchema>;

export const candidateCountrySchema = exchangeSubmissionSchema.pick({
  submissionId: true,
  countryCode: true,
  countryName: true,
  cycle: true,
  organisationId: true,
});
export type CandidateCountry = z.infer<typeof candidateCountrySchema>;

export const candidatePairSchema = z.object({
  subDomain: subDomainKeySchema,
  seeker: candidateCountrySchema,
  offerer: candidateCountrySchema,
});
export type CandidatePair = z.infer<typeof candidatePairSchema>;

/** One side of a proposal as stored: its country, its contact and its answer. */
export const proposalPartySchema = z.object({
  organisationId: z.string(),
  countryName: z.string(),
  contact: exchangeContactSchema,
  decision: sideDecisionSchema,
  decidedAt: z.string().nullable(),
});
export type ProposalParty = z.infer<typeof proposalPartySchema>;

/** A proposal with everything about both sides; only the secretariat sees it whole. */
export const exchangeProposalSchema = z.object({
  id: z.string(),
  subDomain: subDomainKeySchema,
  note: z.string(),
  proposedAt: z.string(),
  seeker: proposalPartySchema,
  offerer: proposalPartySchema,
  /**
   * A side's submission is no longer held (withdrawn, or replaced by a newer one), so the
   * consent the proposal rested on no longer stands.
   */
  lapsed: z.boolean(),
});
export type ExchangeProposal = z.infer<typeof exchangeProposalSchema>;

/** How a proposal reads to one side. */
export const SIDE_STATUSES = [
  'awaiting-your-decision',
  'awaiting-other-country',
  'introduced',
  'not-taken-forward',
] as const;
export const sideStatusSchema = z.enum(SIDE_STATUSES);
export type SideStatus = z.infer<typeof sideStatusSchema>;

/**
 * What one side may see. The other country (name and contact) appears only once both have
 * accepted; until then nothing about it is shown, not even whether it has answered.
 */
export const sideViewSchema = z.object({
  id: z.string(),
  subDomain: subDomainKeySchema,
  side: exchangeSideSchema,
  note: z.string(),
  proposedAt: z.string(),
  status: sideStatusSchema,
  yourDecision: sideDecisionSchema,
  yourDecidedAt: z.string().nullable(),
  counterpart: z.object({ countryName: z.string(), contact: exchangeContactSchema }).nullable(),
  /**
   * Changes only with this side's own answer, so it can never tell this side that the other
   * one has answered; a decision sends it back to refuse a stale page.
   */
  version: z.number().int().min(1),
});
export type SideView = z.infer<typeof sideViewSchema>;

export const EXCHANGE_DECISIONS = ['accept', 'decline'] as const;
export const exchangeDecisionSchema = z.enum(EXCHANGE_DECISIONS);
export type ExchangeDecision = z.infer<typeof exchangeDecisionSchema>;

export const decideProposalSchema = z.object({
  decision: exchangeDecisionSchema,
  version: z.number().int().min(1),
});
export type DecideProposal = z.infer<typeof decideProposalSchema>;

export const NOTE_MAX_LENGTH = 2000;

export const createProposalSchema = z.object({
  subDomain: subDomainKeySchema,
  seekerSubmissionId: z.string().min(1).max(36),
  offererSubmissionId: z.string().min(1).max(36),
  note: z.string().trim().max(NOTE_MAX_LENGTH).default(''),
});
export type CreateProposal = z.infer<typeof createProposalSchema>;

/** A candidate pair as the secretariat's list shows it, with any proposal already made for it. */
export const candidateViewSchema = z.object({
  subDomain: subDomainKeySchema,
  seeker: candidateCountrySchema.extend({ hostedHere: z.boolean() }),
  offerer: candidateCountrySchema.extend({ hostedHere: z.boolean() }),
  /** Both countries are hosted here, so they can see and answer a proposal in the app. */
  proposable: z.boolean(),
  proposal: z.object({ id: z.string(), state: proposalStateSchema }).nullable(),
});
export type CandidateView = z.infer<typeof candidateViewSchema>;

const secretariatPartySchema = z.object({
  countryName: z.string(),
  decision: sideDecisionSchema,
  decidedAt: z.string().nullable(),
});

/** A proposal as the secretariat follows it: who, and how each side answered. */
export const secretariatProposalViewSchema = z.object({
  id: z.string(),
  subDomain: subDomainKeySchema,
  note: z.string(),
  proposedAt: z.string(),
  proposedBy: z.string(),
  state: proposalStateSchema,
  /** It ended because a side's submission was withdrawn or replaced, before anyone declined. */
  lapsed: z.boolean(),
  seeker: secretariatPartySchema,
  offerer: secretariatPartySchema,
});
export type SecretariatProposalView = z.infer<typeof secretariatProposalViewSchema>;
