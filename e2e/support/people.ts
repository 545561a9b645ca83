import type { Person } from './steps.js';

/** The people of the browser tests, each with a password the server accepts. */
export const admin: Person = {
  name: 'Ada Admin',
  email: 'ada@alliance.example',
  password: 'harbour lantern violet 42',
};
export const lead: Person = {
  name: 'Lena Lead',
  email: 'lena@ministry.example',
  password: 'quiet meadow copper 17',
};
export const contributor: Person = {
  name: 'Cato Contributor',
  email: 'cato@police.example',
  password: 'amber fjord pencil 63',
};
export const observer: Person = {
  name: 'Olu Observer',
  email: 'olu@ngo.example',
  password: 'silver tundra basket 28',
};
export const secondContributor: Person = {
  name: 'Nadia Contributor',
  email: 'nadia@helpline.example',
  password: 'coral summit lantern 81',
};
export const facilitator: Person = {
  name: 'Fola Facilitator',
  email: 'fola@justice.example',
  password: 'willow harbour ember 56',
};
