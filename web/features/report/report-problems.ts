import { ApiError, NetworkError } from '../../app/api';
import type { ReportForm } from '../../app/api-types';
import { t } from '../../i18n';

/** The form's fields a problem can be about. */
const REPORT_FIELDS = ['what', 'zone', 'element', 'description', 'photo'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];
export type FieldProblems = Partial<Record<ReportField, string>>;

/** Checks the form before sending, with the server's limits, so most mistakes never make a round trip. */
export function checkReport(values: { what: string; zone: string; element: string; description: string }, form: ReportForm): FieldProblems {
  const problems: FieldProblems = {};
  const { descriptionMin, descriptionMax, elementMax } = form.limits;
  if (!values.what) problems.what = t('report.problem.what');
  if (!values.zone) problems.zone = t('report.problem.zone');
  const description = values.description.trim();
  if (description.length < descriptionMin) problems.description = t('report.problem.descriptionShort', { min: descriptionMin });
  else if (description.length > descriptionMax) problems.description = t('report.problem.descriptionLong', { max: descriptionMax });
  if (values.element.trim().length > elementMax) problems.element = t('report.problem.elementLong', { max: elementMax });
  return problems;
}

/**
 * What went wrong with sending, in the reader's language: problems on named fields (a 400), or one
 * message for the whole form (too many reports, facility gone, offline). The typed text is kept either way.
 */
export function sendProblems(err: unknown, photoMaxBytes = 0): { fields: FieldProblems; message: string } {
  if (err instanceof ApiError) {
    if (err.status === 429) return { fields: {}, message: t('report.error.tooMany') };
    if (err.status === 404) return { fields: {}, message: t('report.error.gone') };
    const fields: FieldProblems = {};
    for (const problem of err.problems) {
      if (problem.path === 'photo') fields.photo = photoProblem(err.status === 413 ? 'tooLarge' : 'unreadable', photoMaxBytes);
      else if ((REPORT_FIELDS as readonly string[]).includes(problem.path)) fields[problem.path as ReportField] = problem.message;
    }
    if (Object.keys(fields).length) return { fields, message: t('report.error.fields') };
    return { fields: {}, message: t('report.error.server', { message: err.message }) };
  }
  if (err instanceof NetworkError) return { fields: {}, message: t('report.error.network') };
  return { fields: {}, message: t('report.error.server', { message: (err as Error).message }) };
}

/** What is wrong with the photo, in the reader's language. */
export function photoProblem(kind: 'unreadable' | 'tooLarge', maxBytes: number): string {
  return kind === 'tooLarge' ? t('report.problem.photoTooLarge', { max: Math.round(maxBytes / 1024 / 1024) }) : t('report.problem.photoUnreadable');
}
