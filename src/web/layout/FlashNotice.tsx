import { useLocation } from 'react-router';

/** State a page may pass when it sends the person elsewhere: a sentence on what just happened. */
export type NoticeState = { notice: string };

export function noticeState(notice: string): NoticeState {
  return { notice };
}

/** Says what just happened ("You are signed out") at the top of the page it led to. */
export function FlashNotice() {
  const { state } = useLocation();
  const notice = (state as Partial<NoticeState> | null)?.notice;
  if (typeof notice !== 'string') return null;
  return (
    <p className="notice" role="status">
      {notice}
    </p>
  );
}
