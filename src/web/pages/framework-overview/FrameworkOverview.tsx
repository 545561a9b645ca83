import { useTranslation } from 'react-i18next';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { useLocalize } from '../../i18n/use-localize.js';
import { useDocumentTitle } from '../../layout/use-document-title.js';
import { CapabilityList } from './CapabilityList.js';
import { EnablerList } from './EnablerList.js';
import { StageDefinitions } from './StageDefinitions.js';

/** The whole framework at a glance: what the stages mean, every sub-domain, and the enablers. */
export function FrameworkOverview({ framework }: { framework: FrameworkView }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const title = localize(framework.title);
  useDocumentTitle(title);
  return (
    <>
      <div className="page-intro">
        <h1>{title}</h1>
        <p className="page-intro__meta">{t('overview.version', { version: framework.version })}</p>
        <p className="lead">{localize(framework.description)}</p>
        {framework.source && <p className="page-intro__source">{localize(framework.source)}</p>}
      </div>
      <StageDefinitions stages={framework.stages} />
      <CapabilityList framework={framework} />
      <EnablerList enablers={framework.enablers} />
    </>
  );
}
