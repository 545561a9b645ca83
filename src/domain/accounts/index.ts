export * from './account.schemas.js';
export * from './invite.schemas.js';
