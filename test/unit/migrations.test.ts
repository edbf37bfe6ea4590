import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/commands';
import { CURRENT_SCHEMA_VERSION, type Workshop } from '../../shared/model';
import { migrateDocument, migrateWorkshop, type MigrationStep } from '../../shared/model/migrations';
import { createEmptyWorkshop } from '../../shared/logic';
import { referenceData } from '../../electron/services/reference';

const workshop = (): Workshop =>
  createEmptyWorkshop({ id: 'kota-contoh', title: 'Bimtek Kota Contoh', regionName: 'Kota Contoh', regionKind: 'kota', startYear: 2026, now: '2025-05-20T08:00:00.000Z', reference: referenceData() });

const damagedReason = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('damaged');
    return (error as AppError).message;
  }
  throw new Error('expected the document to be refused as damaged');
};

describe('migrating a stored workshop', () => {
  it('takes a current workshop as it is', () => {
    const stored = workshop();
    expect(migrateWorkshop(JSON.parse(JSON.stringify(stored)))).toEqual({ workshop: stored, migrated: false });
  });

  it('fills in lists an older file of the same version did not have yet', () => {
    const { participants: _participants, programs: _programs, ...older } = workshop();
    const result = migrateWorkshop(older);
    expect(result).toMatchObject({ migrated: false, workshop: { participants: [], programs: [] } });
  });

  it('leaves a file from a newer version alone, for read-only opening', () => {
    expect(migrateWorkshop({ ...workshop(), schemaVersion: CURRENT_SCHEMA_VERSION + 1, somethingNew: true })).toEqual({ newerVersion: CURRENT_SCHEMA_VERSION + 1 });
  });

  it('refuses what is not a workshop, naming the problem in Indonesian', () => {
    expect(damagedReason(() => migrateWorkshop([1, 2, 3]))).toBe('Isi berkas bukan data lokakarya.');
    expect(damagedReason(() => migrateWorkshop(null))).toBe('Isi berkas bukan data lokakarya.');
    expect(damagedReason(() => migrateWorkshop({ ...workshop(), schemaVersion: undefined }))).toBe('Versi format berkas tidak dikenali.');
    expect(damagedReason(() => migrateWorkshop({ ...workshop(), schemaVersion: '1' }))).toBe('Versi format berkas tidak dikenali.');
    expect(damagedReason(() => migrateWorkshop({ ...workshop(), title: '' }))).toMatch(/^Data lokakarya tidak sah: .*\(kolom title\)\.$/);
  });
});

describe('the migration steps', () => {
  const steps: Record<number, MigrationStep> = {
    1: (doc) => ({ ...doc, judul: doc.title }),
    2: ({ judul, ...doc }) => ({ ...doc, name: judul }),
  };

  it('run one version at a time up to the target, without touching the input', () => {
    const input = { schemaVersion: 1, title: 'Lama' };
    expect(migrateDocument(input, steps, 3)).toEqual({ fromVersion: 1, doc: { schemaVersion: 3, title: 'Lama', name: 'Lama' } });
    expect(input).toEqual({ schemaVersion: 1, title: 'Lama' });
  });

  it('start from the version the file has', () => {
    expect(migrateDocument({ schemaVersion: 2, judul: 'Tengah' }, steps, 3)).toEqual({ fromVersion: 2, doc: { schemaVersion: 3, name: 'Tengah' } });
  });

  it('refuse a file no step can bring up to date', () => {
    expect(damagedReason(() => migrateDocument({ schemaVersion: 1 }, { 2: steps[2]! }, 3))).toBe('Format versi 1 tidak dapat diperbarui ke versi 2.');
  });
});
