import { useTranslation } from 'react-i18next';
import { evidenceFilePath } from '../../assessments/paths.js';
import { workspaceApi } from '../../assessments/workspace.api.js';
import { useFormatBytes } from '../../i18n/use-format-bytes.js';
import { useFormatDateTime } from '../../i18n/use-format-date.js';
import { EvidenceBlock, EvidenceItem, useRemoval, type EvidenceProps } from './EvidenceBlock.js';
import { FileUpload } from './FileUpload.js';

/** Files given as evidence, each downloadable; contributors upload and remove them. */
export function EvidenceFiles({ assessmentId, rating, canEdit, onChanged }: EvidenceProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const formatBytes = useFormatBytes();
  const removal = useRemoval(onChanged);
  return (
    <EvidenceBlock
      heading={t('evidence.files')}
      empty={t('evidence.noFiles')}
      problem={removal.problem}
      items={rating.files.map((file) => (
        <EvidenceItem
          key={file.id}
          href={evidenceFilePath(assessmentId, file.id)}
          label={file.name}
          download={file.name}
          meta={t('evidence.fileMeta', {
            size: formatBytes(file.bytes),
            name: file.addedBy.displayName,
            when: formatDateTime(file.addedAt),
          })}
          onRemove={
            canEdit
              ? () => removal.remove(() => workspaceApi.removeFile(assessmentId, file.id))
              : undefined
          }
        />
      ))}
      adding={
        canEdit && (
          <FileUpload
            assessmentId={assessmentId}
            indicatorKey={rating.key}
            onUploaded={onChanged}
          />
        )
      }
    />
  );
}
