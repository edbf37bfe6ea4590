import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS_EN } from '../../../shared/i18n/errors';
import { call, errorOf, ok, send, startHttpFixture, type HttpFixture } from './fixture';

describe('a refused call says what went wrong as data: code, reason, params, field, and an Indonesian message', () => {
  let fx: HttpFixture;
  let workshopId: string;

  beforeAll(async () => {
    fx = await startHttpFixture();
    ({ id: workshopId } = await ok<{ id: string }>(fx.server, 'workshops.create', { title: 'Bimtek Kabupaten Contoh', regionName: 'Kabupaten Contoh' }));
  });
  afterAll(async () => fx.stop());

  it('a binary file offered as a CSV of programs names the file in params and in the message', async () => {
    const base64 = Buffer.from('Kode;Nama\u0000Program\n', 'utf8').toString('base64');
    const response = await call(fx.server, 'excel.previewProgramImport', { workshopId, fileName: 'matriks.csv', base64 });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toEqual({
      code: 'invalid_input',
      reason: 'import.notCsvText',
      params: { file: 'matriks.csv' },
      message: 'Berkas "matriks.csv" bukan berkas CSV teks. Pilih berkas .xlsx atau .csv.',
    });
  });

  it('a hand-off package that is not JSON gives its reason and the field at fault', async () => {
    const response = await call(fx.server, 'handoff.openPackage', { package: '{"format": "masterplan' });
    const error = errorOf(response);
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ code: 'invalid_input', reason: 'handoff.packageNotJson', params: {}, field: 'package' });
    expect(error.message).toMatch(/^Berkas paket rusak atau terpotong.*Tidak ada yang diubah\.$/);
  });

  it('a value the contract refuses is a validation code with the field as data, the readable message labelled by the field', async () => {
    const response = await call(fx.server, 'workshops.create', { title: '   ', regionName: 'Kabupaten Contoh' });
    const error = errorOf(response);
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ code: 'invalid_input', reason: 'invalid.required', field: 'title', params: { min: 1 } });
    expect(error.message).toBe('Judul lokakarya: Wajib diisi');
  });

  it('GET /api describes the error body and lists every reason with its params', async () => {
    const response = await send(fx.server, { method: 'GET', path: '/api' });
    const listing = response.json as { errors: { codes: string[]; reasons: { reason: string; params: string[]; message: string }[] } };
    expect(listing.errors.codes).toContain('invalid_input');
    const reasons = new Map(listing.errors.reasons.map((r) => [r.reason, r]));
    expect(reasons.get('program.codeTaken')).toEqual({ reason: 'program.codeTaken', params: ['code'], message: 'Kode {code} sudah dipakai program lain. Pilih kode lain.' });
    expect([...reasons.keys()].sort()).toEqual(Object.keys(ERRORS_EN).sort());
  });
});
