import { z } from 'zod';
import { ROLES } from '../../services/users/account';

const KatoCode = z.string().regex(/^\d{9}$/, 'a region is its 9-digit KATO code, such as 710000000');

export const NewUserBody = z.object({
  email: z.email('give a valid email address').max(320),
  password: z.string().min(10, 'a password needs at least 10 characters').max(1024),
  role: z.enum(ROLES),
  regions: z.array(KatoCode).max(20).default([]),
  displayName: z.string().trim().min(1).max(200).nullish(),
});

export const UserIdParam = z.object({
  id: z.string().regex(/^[1-9]\d{0,15}$/, 'id must be a positive whole number').transform(Number),
});

export const UserPatchBody = z.object({ disabled: z.boolean() });
