import {
  EVIDENCE_FILE_TYPES,
  MAX_EVIDENCE_FILE_BYTES,
  type EvidenceFileType,
} from '../../domain/assessment/api/index.js';

const EXTENSION_ALIASES: Readonly<Record<string, string>> = { '.jpeg': '.jpg' };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot).toLowerCase();
  return EXTENSION_ALIASES[extension] ?? extension;
}

/**
 * The media type to send a file as: the one the browser reports, or, when it reports none (some
 * systems do not know `.csv` or `.docx`), the one its extension names.
 */
export function evidenceMediaType(file: {
  name: string;
  type: string;
}): EvidenceFileType | undefined {
  const types = Object.keys(EVIDENCE_FILE_TYPES) as EvidenceFileType[];
  if (file.type) return types.find((type) => type === file.type.toLowerCase());
  const extension = extensionOf(file.name);
  return types.find((type) => EVIDENCE_FILE_TYPES[type] === extension);
}

export type EvidenceFileProblem = 'type' | 'size';

/** Checked before uploading, so a person is told at once; the server checks again. */
export function evidenceFileProblem(file: {
  name: string;
  type: string;
  size: number;
}): EvidenceFileProblem | undefined {
  if (!evidenceMediaType(file)) return 'type';
  if (file.size > MAX_EVIDENCE_FILE_BYTES) return 'size';
  return undefined;
}
