import { Type } from 'typebox';
import { maxPasswordLength, minPasswordLength } from '../auth/password.js';

export const displayName = Type.String({
  minLength: 1,
  maxLength: 80,
  pattern: '\\S',
  description: 'Shown to you, and in public lists unless you are anonymous; 1-80 characters.',
});

export const settingsBody = Type.Object(
  {
    displayName: Type.Optional(displayName),
    anonymous: Type.Optional(
      Type.Boolean({ description: 'true: public lists show "Anonymous" instead of your name.' }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const deleteOwnBody = Type.Object(
  {
    password: Type.String({
      minLength: 1,
      maxLength: maxPasswordLength,
      description: 'Your current password: deleting the account cannot be undone.',
    }),
  },
  { additionalProperties: false },
);

export const userIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const adminChangeBody = Type.Object(
  {
    role: Type.Optional(Type.Union([Type.Literal('learner'), Type.Literal('admin')])),
    disabled: Type.Optional(
      Type.Boolean({ description: 'true ends every session of the account and refuses its sign-ins.' }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const changePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: maxPasswordLength }),
    newPassword: Type.String({
      minLength: minPasswordLength,
      maxLength: maxPasswordLength,
      description: `${minPasswordLength} to ${maxPasswordLength} characters, not common, breached or about you; a passphrase is best.`,
    }),
  },
  { additionalProperties: false },
);
