import type { Context } from 'hono';
import type { z } from 'zod';
import { BadRequestError } from '../../errors';
import { checkPhoto, photoTooLarge, type CheckedPhoto } from '../../services/photos/store-photo';
import { checked } from '../../validation';
import { NewReportBody } from './reports.routes';

export const isMultipart = (c: Context) => /^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '');

/** What a report request carries: its checked fields and, from a multipart form, the photo's checked bytes. */
export interface ReportBody {
  fields: z.output<typeof NewReportBody>;
  photo?: CheckedPhoto;
}

/**
 * Reads a report sent as JSON or as a multipart form (the same fields, and the photo as the file
 * `photo`). The file's name and declared type are never used: the bytes decide what it is.
 */
export async function readReportBody(c: Context, photoMaxBytes: number): Promise<ReportBody> {
  if (!isMultipart(c)) return { fields: checked(NewReportBody, await readJson(c), 'json') };
  const { photo, ...text } = await readForm(c);
  for (const [name, value] of Object.entries(text)) {
    if (value instanceof File) throw new BadRequestError(`Only "photo" may be a file; "${name}" is one.`, [{ path: name, message: `${name} must be text, not a file` }]);
  }
  if (Array.isArray(photo)) throw new BadRequestError('A report carries one photo.', [{ path: 'photo', message: 'attach at most one photo' }]);
  // `photo` as text is the hash of a photo uploaded before; an empty file input arrives as '' or a nameless empty file.
  const hash = typeof photo === 'string' && photo ? { photo } : {};
  const file = photo instanceof File && (photo.size > 0 || photo.name) ? photo : undefined;
  const fields = checked(NewReportBody, { ...text, ...hash }, 'form');
  if (!file) return { fields };
  if (file.size > photoMaxBytes) throw photoTooLarge(photoMaxBytes, 'please send a smaller photo.');
  return { fields, photo: checkPhoto(new Uint8Array(await file.arrayBuffer())) };
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new BadRequestError('The body is not valid JSON.', [{ path: 'body', message: 'send the report as JSON or as a multipart form' }]);
  }
}

async function readForm(c: Context): Promise<Record<string, string | File | (string | File)[]>> {
  try {
    return await c.req.parseBody({ all: true });
  } catch {
    throw new BadRequestError('The body is not a readable multipart form.', [{ path: 'body', message: 'send the report as JSON or as a multipart form' }]);
  }
}
