import {
  agreedResultViewSchema,
  discussionPostSchema,
  indicatorRatingViewSchema,
  proposalViewSchema,
  subDomainWorkspaceSchema,
  type AddDiscussionPost,
  type AddEvidenceLink,
  type PutIndicatorRating,
  type PutProposal,
  type PutSubDomainResult,
} from '../../domain/assessment/api/index.js';
import { getJson, sendJson } from '../api/client.js';
import { uploadFile } from '../api/upload.js';
import { assessmentApiPath, evidenceFilePath } from './paths.js';

const subDomainPath = (assessmentId: string, subDomainKey: string) =>
  `${assessmentApiPath(assessmentId)}/sub-domains/${encodeURIComponent(subDomainKey)}`;

const indicatorPath = (assessmentId: string, indicatorKey: string) =>
  `${assessmentApiPath(assessmentId)}/indicators/${encodeURIComponent(indicatorKey)}`;

/** One sub-domain's work: ratings and evidence, proposals, discussion and the agreed stage. */
export const workspaceApi = {
  get: (assessmentId: string, subDomainKey: string) =>
    getJson(subDomainPath(assessmentId, subDomainKey), subDomainWorkspaceSchema),
  putRating: (assessmentId: string, indicatorKey: string, body: PutIndicatorRating) =>
    sendJson('PUT', indicatorPath(assessmentId, indicatorKey), body, indicatorRatingViewSchema),
  addLink: (assessmentId: string, indicatorKey: string, body: AddEvidenceLink) =>
    sendJson(
      'POST',
      `${indicatorPath(assessmentId, indicatorKey)}/links`,
      body,
      indicatorRatingViewSchema,
    ),
  removeLink: (assessmentId: string, indicatorKey: string, linkId: string) =>
    sendJson(
      'DELETE',
      `${indicatorPath(assessmentId, indicatorKey)}/links/${encodeURIComponent(linkId)}`,
      undefined,
      indicatorRatingViewSchema,
    ),
  uploadFile: (
    assessmentId: string,
    indicatorKey: string,
    file: File,
    mediaType: string,
    onProgress: (fraction: number) => void,
  ) =>
    uploadFile(
      `${indicatorPath(assessmentId, indicatorKey)}/files?name=${encodeURIComponent(file.name)}`,
      file,
      mediaType,
      indicatorRatingViewSchema,
      onProgress,
    ),
  removeFile: (assessmentId: string, fileId: string) =>
    sendJson(
      'DELETE',
      evidenceFilePath(assessmentId, fileId),
      undefined,
      indicatorRatingViewSchema,
    ),
  putProposal: (assessmentId: string, subDomainKey: string, body: PutProposal) =>
    sendJson(
      'PUT',
      `${subDomainPath(assessmentId, subDomainKey)}/proposal`,
      body,
      proposalViewSchema,
    ),
  addPost: (assessmentId: string, subDomainKey: string, body: AddDiscussionPost) =>
    sendJson(
      'POST',
      `${subDomainPath(assessmentId, subDomainKey)}/posts`,
      body,
      discussionPostSchema,
    ),
  putResult: (assessmentId: string, subDomainKey: string, body: PutSubDomainResult) =>
    sendJson(
      'PUT',
      `${subDomainPath(assessmentId, subDomainKey)}/result`,
      body,
      agreedResultViewSchema,
    ),
};
