import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sharePath } from './sharing.api.js';

/** Where a finalised assessment's overview leads on to sharing with the Alliance. */
export function ShareLink({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="share-link-heading">
      <h2 id="share-link-heading">{t('sharing.title')}</h2>
      <p>{t('sharing.linkIntro')}</p>
      <p>
        <Link to={sharePath(assessmentId)}>{t('sharing.link')}</Link>
      </p>
    </section>
  );
}
