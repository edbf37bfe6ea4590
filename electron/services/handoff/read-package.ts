import { AppError } from '../../../shared/commands';
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

const NOTHING_CHANGED = 'Tidak ada yang diubah.';

const refuse = (message: string, field = 'package'): AppError => new AppError('invalid_input', `${message} ${NOTHING_CHANGED}`, field);

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
    throw refuse('Berkas paket rusak atau terpotong: isinya bukan JSON yang utuh. Minta atau simpan ulang berkas paketnya.');
  }
  const header = PackageHeaderSchema.safeParse(raw);
  if (!isRecord(raw) || !header.success || header.data.format !== HANDOFF_FORMAT) {
    throw refuse('Berkas ini bukan paket serah-terima Masterplan Smart City.');
  }
  if (header.data.version > HANDOFF_VERSION || (header.data.modelVersion ?? 0) > CURRENT_SCHEMA_VERSION) {
    throw refuse('Paket ini dibuat dengan versi aplikasi yang lebih baru. Perbarui aplikasi untuk membukanya.', 'package.version');
  }
  if (typeof raw.checksum !== 'string' || !CHECKSUM_PATTERN.test(raw.checksum)) {
    throw refuse('Paket tidak memiliki checksum yang sah, sehingga keutuhannya tidak dapat diperiksa.', 'package.checksum');
  }
  if (packageChecksum(raw) !== raw.checksum) {
    throw refuse('Paket telah diubah atau rusak: checksum tidak cocok dengan isinya. Gunakan berkas paket asli yang dibuat aplikasi.', 'package.checksum');
  }
  const parsed = HandoffPackageSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') : '';
    throw refuse(`Isi paket tidak sah${where ? ` (${where})` : ''}: ${issue?.message ?? 'bentuknya tidak dikenal'}.`);
  }
  const pkg = parsed.data;
  if (pkg.payload.opd.id !== pkg.opdId) throw refuse('Isi paket tidak sah: OPD di dalam paket tidak sesuai dengan kepalanya.');
  return pkg;
};

export const readOutgoingPackage = (text: string): OutgoingPackage => {
  const pkg = readPackage(text);
  if (pkg.kind !== 'untuk-opd') throw refuse('Ini paket kembalian dari OPD. Gabungkan paket ini melalui "Tinjau paket OPD" pada lokakarya asal, bukan dibuka sebagai salinan.');
  return pkg;
};

/** A return package for this workshop; a package of another workshop is refused. */
export const readReturnPackage = (text: string, workshopId: string): ReturnPackage => {
  const pkg = readPackage(text);
  if (pkg.kind !== 'dari-opd') throw refuse('Ini paket untuk OPD yang dibuat fasilitator, bukan paket kembalian. Paket ini dibuka di aplikasi kepala OPD.');
  if (pkg.workshopId !== workshopId) throw refuse(`Paket ini milik lokakarya lain («${pkg.payload.workshopTitle}»), bukan lokakarya yang sedang dibuka.`, 'package.workshopId');
  return pkg;
};
