import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../i18n/use-format-date.js';
import { PostForm } from './PostForm.js';
import type { WorkspaceContext } from './workspace-context.js';

/** The sub-domain's discussion thread, oldest first, and a new message. */
export function DiscussionSection({ context }: { context: WorkspaceContext }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { workspace } = context;
  return (
    <section className="section" id="discussion" aria-labelledby="discussion-heading">
      <h2 id="discussion-heading">{t('discussion.heading')}</h2>
      {workspace.posts.length === 0 ? (
        <p className="hint">{t('discussion.none')}</p>
      ) : (
        <ol className="post-list">
          {workspace.posts.map((post) => (
            <li key={post.id} className="post">
              <p className="post__meta">
                <strong>{post.author.displayName}</strong> ·{' '}
                <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
              </p>
              <p className="prose-text">{post.body}</p>
            </li>
          ))}
        </ol>
      )}
      {workspace.canContribute && (
        <PostForm
          assessmentId={workspace.assessmentId}
          subDomainKey={workspace.subDomainKey}
          onPosted={context.onChanged}
        />
      )}
    </section>
  );
}
