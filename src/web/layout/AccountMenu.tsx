import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionUser } from '../../domain/accounts/index.js';
import { asApiError } from '../api/api-error.js';
import { explainError } from '../api/explain-error.js';
import { SIGN_IN_PATH } from '../session/paths.js';
import { sessionApi } from '../session/session.api.js';
import { useSession } from '../session/use-session.js';
import { noticeState } from './FlashNotice.js';

/**
 * The signed-in person's name, opening their account actions: sign out here, or everywhere (on
 * every computer, for a shared or lost one). Escape or moving focus away closes it.
 */
export function AccountMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { apply } = useSession();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string>();
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  async function signOut(everywhere: boolean) {
    try {
      const session = await (everywhere ? sessionApi.signOutEverywhere() : sessionApi.signOut());
      const notice = everywhere ? t('account.signedOutEverywhere') : t('account.signedOut');
      apply(session);
      void navigate(SIGN_IN_PATH, { replace: true, state: noticeState(notice) });
    } catch (error) {
      setProblem(explainError(asApiError(error), t));
    }
  }

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  }

  function closeWhenFocusLeaves(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  }

  return (
    <div className="account-menu" onKeyDown={closeOnEscape} onBlur={closeWhenFocusLeaves}>
      <button
        ref={toggle}
        type="button"
        className="account-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="visually-hidden">{t('account.menuFor')} </span>
        {user.displayName}
      </button>
      <div className="account-menu__panel" id={panelId} hidden={!open}>
        <p className="account-menu__email">{user.email}</p>
        {problem && (
          <p className="account-menu__problem" role="alert">
            {problem}
          </p>
        )}
        <button type="button" className="button button--secondary" onClick={() => signOut(false)}>
          {t('account.signOut')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => signOut(true)}>
          {t('account.signOutEverywhere')}
        </button>
      </div>
    </div>
  );
}
