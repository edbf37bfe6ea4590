import { AppError, type AppErrorDetail } from '../../../shared/commands';
import type { ErrorReason } from '../../../shared/i18n/errors';
import {
  CHECKSUM_PATTERN,
  HANDOFF_FORMAT,
  HANDOFF_VERSION,
  HandoffPackageSchema,
  PackageHeaderSchema,
  type HandoffPackage,
  type OutgoingPackage,
  type ReturnPackage,
} from '../../../shared/handoff';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model';
import { packageChecksum } from './seal';


type PackageReason = Extract<ErrorReason, `handoff.${string}`>;
const refuse = (reason: PackageReason, field = 'package', params: Record<string, string> = {}): AppError =>
  new AppError('invalid_input', { ...({ reason, params } as AppErrorDetail), field });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a package file's text and trusts nothing until it has checked, in this order: that it is
 * whole JSON, that it is our format, that this version of the app can read it, that its checksum
 * matches its content, and that every item is valid. Each refusal says what is wrong, in Indonesian.
 */
export const readPackage = (text: string): HandoffPackage => {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw refuse('handoff.packageNotJson');
  }
  const header = PackageHeaderSchema.safeParse(raw);
  if (!isRecord(raw) || !header.success || header.data.format !== HANDOFF_FORMAT) {
    throw refuse('handoff.notAPackage');
  }
  if (header.data.version > HANDOFF_VERSION || (header.data.modelVersion ?? 0) > CURRENT_SCHEMA_VERSION) {
    throw refuse('handoff.packageNewer', 'package.version');
  }
  if (typeof raw.checksum !== 'string' || !CHECKSUM_PATTERN.test(raw.checksum)) {
    throw refuse('handoff.noChecksum', 'package.checksum');
  }
  if (packageChecksum(raw) !== raw.checksum) {
    throw refuse('handoff.checksumMismatch', 'package.checksum');
  }
  const parsed = HandoffPackageSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') : '';
    throw refuse('handoff.packageInvalid', where ? `package.${where}` : 'package', { detail: issue?.message ?? 'bentuknya tidak dikenal' });
  }
  const pkg = parsed.data;
  if (pkg.payload.opd.id !== pkg.opdId) throw refuse('handoff.packageOpdMismatch');
  return pkg;
};

export const readOutgoingPackage = (text: string): OutgoingPackage => {
  const pkg = readPackage(text);
  if (pkg.kind !== 'untuk-opd') throw refuse('handoff.isReturnPackage');
  return pkg;
};

/** A return package for this workshop; a package of another workshop is refused. */
export const readReturnPackage = (text: string, workshopId: string): ReturnPackage => {
  const pkg = readPackage(text);
  if (pkg.kind !== 'dari-opd') throw refuse('handoff.isOutgoingPackage');
  if (pkg.workshopId !== workshopId) throw refuse('handoff.otherWorkshop', 'package.workshopId', { title: pkg.payload.workshopTitle });
  return pkg;
};
