/** The addresses of the account pages, in one place so links and routes agree. */
export const SIGN_IN_PATH = '/sign-in';
export const SETUP_PATH = '/setup';
export const FORGOT_PASSWORD_PATH = '/forgot-password';
export const RESET_PASSWORD_PATH = '/reset-password';
export const INVITE_PATH = '/invite';
