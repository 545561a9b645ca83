import { useTranslation } from 'react-i18next';
import { useResource } from '../../api/use-resource.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { LoadingStatus } from '../../components/LoadingStatus.js';
import { sharingApi } from './sharing.api.js';

/**
 * The key this instance signs submissions with, for administrators to give the secretariat so it
 * can check that submissions really come from here.
 */
export function InstanceKeySection() {
  const { t } = useTranslation();
  const key = useResource(sharingApi.instancePublicKey);
  return (
    <section className="section panel" aria-labelledby="instance-key-heading">
      <h2 id="instance-key-heading">{t('sharing.key.heading')}</h2>
      <p>{t('sharing.key.intro')}</p>
      {key.status === 'loading' ? (
        <LoadingStatus message={t('sharing.key.loading')} />
      ) : key.status === 'error' ? (
        <ErrorAlert heading={t('sharing.key.unavailable')} error={key.error} onRetry={key.reload} />
      ) : (
        <dl>
          <dt>{t('sharing.key.fingerprint')}</dt>
          <dd>
            <code>{key.data.keyFingerprint}</code>
          </dd>
          <dt>{t('sharing.key.publicKey', { algorithm: key.data.algorithm })}</dt>
          <dd>
            <code className="key-text">{key.data.publicKey}</code>
          </dd>
        </dl>
      )}
    </section>
  );
}
