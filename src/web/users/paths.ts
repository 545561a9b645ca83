export const USERS_PATH = '/users';
