import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedInvite } from '../../../domain/accounts/index.js';
import { useFormatDateTime } from '../../i18n/use-format-date.js';

type CopyState = 'idle' | 'copied' | 'select';

/**
 * The new invitation's link, shown this once: the server keeps only a hash of its token. Copy
 * puts it on the clipboard; where the browser does not allow that, the link is selected in its
 * field for the person to copy with the keyboard.
 */
export function CreatedInviteLink({ created }: { created: CreatedInvite }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [copy, setCopy] = useState<CopyState>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(created.link);
      setCopy('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setCopy('select');
    }
  }

  return (
    <div className="created-invite">
      <h4 className="created-invite__heading" tabIndex={-1} ref={heading}>
        {t('invites.createdHeading', { email: created.invite.email })}
      </h4>
      <p>
        {t('invites.createdIntro', { expires: formatDateTime(created.invite.expiresAt) })}{' '}
        {created.emailed ? t('invites.emailed') : t('invites.notEmailed')}
      </p>
      <label className="field__label" htmlFor="created-invite-link">
        {t('invites.link')}
      </label>
      <div className="copy-field">
        <input
          ref={field}
          id="created-invite-link"
          className="input copy-field__input"
          readOnly
          value={created.link}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copyLink()}>
          {t('invites.copy')}
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {copy === 'copied' ? t('invites.copied') : copy === 'select' ? t('invites.copyByHand') : ''}
      </p>
    </div>
  );
}
