import { EVIDENCE_FILE_TYPES, type EvidenceFileType } from '../../domain/assessment/api/index.js';
import { UnsupportedMediaTypeError } from '../http/problems.js';

const ALLOWED = Object.values(EVIDENCE_FILE_TYPES).join(', ');

/** The declared media type without parameters, if it is one evidence may have. */
export function requireEvidenceType(contentType: string | undefined): EvidenceFileType {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (Object.hasOwn(EVIDENCE_FILE_TYPES, mediaType)) return mediaType as EvidenceFileType;
  throw new UnsupportedMediaTypeError(
    mediaType
      ? `Files of type ${mediaType} cannot be added as evidence. Allowed: ${ALLOWED}.`
      : `Send the file's media type as Content-Type. Allowed: ${ALLOWED}.`,
  );
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The bytes each binary type starts with; Office documents are ZIP containers. */
const SIGNATURES: Partial<Record<EvidenceFileType, readonly number[]>> = {
  'application/pdf': [...Buffer.from('%PDF-')],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ZIP,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ZIP,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ZIP,
};

const HEAD_BYTES = 8;

/**
 * Checks, chunk by chunk as the upload streams in, that the content is what its declared type
 * says: the signature of a binary format, or UTF-8 text without NUL bytes. A renamed program
 * does not pass as a PDF.
 */
export function contentCheck(type: EvidenceFileType) {
  const signature = SIGNATURES[type];
  const decoder = signature ? undefined : new TextDecoder('utf-8', { fatal: true });
  let head = Buffer.alloc(0);
  let textProblem: string | undefined;

  const mismatch = (what: string) =>
    new UnsupportedMediaTypeError(
      `The file's content is not ${what}, although it was sent as ${type}. Check that you chose the right file.`,
    );

  return {
    push(chunk: Buffer): void {
      if (head.length < HEAD_BYTES) {
        head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
      }
      if (!decoder || textProblem) return;
      if (chunk.includes(0)) textProblem = 'plain text (it contains NUL bytes)';
      else {
        try {
          decoder.decode(chunk, { stream: true });
        } catch {
          textProblem = 'UTF-8 text';
        }
      }
    },
    /** Throws 415 when the content does not match the declared type. */
    finish(): void {
      if (signature) {
        if (!signature.every((byte, index) => head[index] === byte)) {
          throw mismatch(`a ${EVIDENCE_FILE_TYPES[type]} file`);
        }
        return;
      }
      if (!textProblem) {
        try {
          decoder?.decode();
        } catch {
          textProblem = 'UTF-8 text';
        }
      }
      if (textProblem) throw mismatch(textProblem);
    },
  };
}
