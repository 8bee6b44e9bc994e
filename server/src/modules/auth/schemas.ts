import { Type } from 'typebox';
import { displayName } from '../users/schemas.js';
import { maxPasswordLength, minPasswordLength } from './password.js';

const email = Type.String({ format: 'email', maxLength: 254, description: 'Case is ignored.' });
const password = Type.String({
  minLength: minPasswordLength,
  maxLength: maxPasswordLength,
  description: `${minPasswordLength} to ${maxPasswordLength} characters, not a common or breached password, nor built on your email or name; a passphrase of a few unrelated words is best.`,
});

export const userSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    displayName: Type.String(),
    role: Type.Union([Type.Literal('learner'), Type.Literal('admin')]),
    disabled: Type.Boolean({ description: 'An admin disabled the account: it cannot sign in.' }),
    anonymous: Type.Boolean({
      description: 'Public lists (a problem\'s accepted submissions) show "Anonymous" instead of the name.',
    }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'User' },
);

export const signUpBody = Type.Object(
  {
    email,
    password,
    displayName,
  },
  { additionalProperties: false },
);

export const signInBody = Type.Object(
  { email, password: Type.String({ minLength: 1, maxLength: maxPasswordLength }) },
  { additionalProperties: false },
);

export const refreshBody = Type.Object(
  {
    refreshToken: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'Omit to use the HttpOnly refresh cookie.' }),
    ),
  },
  { additionalProperties: false },
);

export const sessionSchema = Type.Object({
  user: Type.Ref('User'),
  accessToken: Type.String(),
  tokenType: Type.Literal('Bearer'),
  expiresIn: Type.Integer({ description: 'Seconds until the access token expires.' }),
  refreshToken: Type.String({ description: 'Single use: each refresh returns a new one.' }),
});

/** RFC 6749 §4.3 / §6 form fields; extra client fields Swagger UI sends are accepted and ignored. */
export const tokenForm = Type.Object(
  {
    grant_type: Type.Union([Type.Literal('password'), Type.Literal('refresh_token')]),
    username: Type.Optional(Type.String({ maxLength: 254 })),
    password: Type.Optional(Type.String({ maxLength: maxPasswordLength })),
    refresh_token: Type.Optional(Type.String({ maxLength: 200 })),
    scope: Type.Optional(Type.String({ maxLength: 200 })),
    client_id: Type.Optional(Type.String({ maxLength: 200 })),
    client_secret: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const tokenResponse = Type.Object({
  access_token: Type.String(),
  token_type: Type.Literal('Bearer'),
  expires_in: Type.Integer(),
  refresh_token: Type.String(),
});
