import { useTranslation } from 'react-i18next';
import { useResource } from '../api/use-resource.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { useDocumentTitle } from '../layout/use-document-title.js';
import { usersApi } from '../users/users.api.js';
import { UserItem } from './users/UserItem.js';
import { InstanceKeySection } from './share/InstanceKeySection.js';

/** Instance administrators see every account and grant the administrator or secretariat role. */
export function UsersPage() {
  const { t } = useTranslation();
  const users = useResource(usersApi.list);
  useDocumentTitle(t('users.title'));
  return (
    <>
      <div className="page-intro">
        <h1>{t('users.title')}</h1>
        <p className="lead">{t('users.intro')}</p>
      </div>
      {users.status === 'loading' ? (
        <LoadingStatus message={t('status.loadingUsers')} />
      ) : users.status === 'error' ? (
        <ErrorAlert
          heading={t('errors.usersUnavailable')}
          error={users.error}
          onRetry={users.reload}
        />
      ) : (
        <>
          <ul className="member-list">
            {users.data.map((user) => (
              <UserItem key={user.id} user={user} />
            ))}
          </ul>
          {/* Only administrators get the list, and only they may see the signing key. */}
          <InstanceKeySection />
        </>
      )}
    </>
  );
}
