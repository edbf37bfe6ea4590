import { z } from 'zod';
import { IdSchema, WorkshopSchema, WorkshopSummarySchema, WorkshopTitleSchema, RegionKindSchema, DimensionSetSchema, OpdSchema, FundingSourceSchema, ReadinessPillarSchema, requiredText } from '../model';
import { ActorSchema, CommandSchema } from '../commands';
import { HANDOFF_MAX_CHARS, HandoffPreviewSchema, HandoffSummarySchema, LocalCopySchema, MergeResultSchema, ResolutionsSchema } from '../handoff';
import { code } from '../i18n/validation';
import { ExportDocxInputSchema, ExportDocxOutputSchema } from './export';
import { QuickWinSuggestInputSchema, QuickWinSuggestOutputSchema } from './quick-wins';
import { DataImportOfferOutputSchema, DataImportRunInputSchema, DataImportRunOutputSchema } from './data-import';
import { BimtekDocxInputSchema, BimtekDocxOutputSchema } from './bimtek';
import { ExcelExportInputSchema, ExcelFileSchema, ExcelUploadSchema, ProgramImportPreviewSchema, ProgramImportResultSchema } from './excel';

const WorkshopRef = z.object({ workshopId: IdSchema });

/** A notice shown to the user when a workshop was recovered, is read-only, etc. */
export const NoticeSchema = z.object({
  kind: z.enum(['recovered-from-backup', 'moved-aside', 'read-only-newer-version', 'migrated', 'log-tail-ignored']),
  message: z.string(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const OpenedWorkshopSchema = z.object({
  workshop: WorkshopSchema,
  readOnly: z.boolean(),
  notices: z.array(NoticeSchema),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});
export type OpenedWorkshop = z.infer<typeof OpenedWorkshopSchema>;

/** The format version of the log lines this app writes; a line without `v` is version 1 (whole entries); 2 stores entries compactly (electron/services/store/entry-codec.ts). */
export const LOG_FORMAT_VERSION = 2;

/**
 * Log-only: the whole workshop replaced by a history snapshot (a restore, and the undo or redo of
 * one). Not a `CommandSchema` command, so `workshop.apply` never accepts it from anyone.
 */
export const RestoreSnapshotCommandSchema = z.object({ type: z.literal('restoreSnapshot'), snapshotId: z.string().min(1).max(200) });
export type RestoreSnapshotCommand = z.infer<typeof RestoreSnapshotCommandSchema>;

/** What a log entry (and so an undo or redo) can carry: any command, or a snapshot restore. */
export const LoggedCommandSchema = z.union([CommandSchema, RestoreSnapshotCommandSchema]);
export type LoggedCommand = z.infer<typeof LoggedCommandSchema>;

/** Result of applying a command (or an undo/redo): the command actually applied and the new revision. */
export const AppliedSchema = z.object({
  revision: z.number().int().nonnegative(),
  /** A `restoreSnapshot` when an undo or redo replaced the whole workshop: load it again. */
  applied: LoggedCommandSchema,
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});
export type Applied = z.infer<typeof AppliedSchema>;

export const LogEntrySchema = z.object({
  seq: z.number().int().nonnegative(),
  revision: z.number().int().nonnegative(),
  at: z.string(),
  actor: ActorSchema,
  kind: z.enum(['do', 'undo', 'redo']),
  command: LoggedCommandSchema,
  inverse: LoggedCommandSchema,
});
export type LogEntry = z.infer<typeof LogEntrySchema>;

export const SnapshotInfoSchema = z.object({
  id: z.string(),
  revision: z.number().int().nonnegative(),
  at: z.string(),
  reason: z.string(),
});

export const TrashEntrySchema = z.object({
  trashId: z.string(),
  id: IdSchema,
  title: z.string(),
  deletedAt: z.string(),
});

export const DamagedFileSchema = z.object({
  workshopId: IdSchema,
  file: z.string(),
  reason: z.string(),
  backupAvailable: z.boolean(),
  /** History snapshots of this workshop that can be restored instead of the `.bak` (newest first). */
  historySnapshots: z.array(SnapshotInfoSchema).default([]),
});

/** A history snapshot looked at before restoring it. */
export const SnapshotPreviewSchema = z.object({
  snapshot: SnapshotInfoSchema,
  workshop: WorkshopSchema,
  /** The workshop's revision now (null when its file is damaged or missing). */
  currentRevision: z.number().int().nonnegative().nullable(),
  /** Logged changes made after the snapshot that can be replayed on top of it when restoring. */
  laterChanges: z.number().int().nonnegative(),
});
export type SnapshotPreview = z.infer<typeof SnapshotPreviewSchema>;

export const ReadinessTemplateSchema = z.object({
  id: z.string(),
  pillar: ReadinessPillarSchema,
  title: z.string(),
  indicator: z.string(),
});

export const ReferenceDataSchema = z.object({
  dimensionSet: DimensionSetSchema,
  opds: z.object({ kabupaten: z.array(OpdSchema), kota: z.array(OpdSchema) }),
  fundingSources: z.array(FundingSourceSchema),
  readinessTemplates: z.array(ReadinessTemplateSchema),
});
export type ReferenceData = z.infer<typeof ReferenceDataSchema>;

// ——— hand-off packages and sharing on the room's network ———

/** A hand-off package file's text, as read from disk. */
const PackageTextSchema = z.string().min(1, code('invalid.packageIncomplete')).max(HANDOFF_MAX_CHARS, code('invalid.packageTooLarge'));

export const PackageFileSchema = z.object({
  /** A suggested file name (`.paketopd`, JSON inside). */
  fileName: z.string(),
  /** The package as text, to be saved as is. */
  text: z.string(),
  summary: HandoffSummarySchema,
});
export type PackageFile = z.infer<typeof PackageFileSchema>;

/**
 * What a participant may write: their OPD's sections and programs, or their FGD group's cards and
 * proposals (issue 12). Chosen when joining.
 */
export const ParticipantScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('opd'), opdId: IdSchema }),
  z.object({ kind: z.literal('group'), groupId: IdSchema }),
]);
export type ParticipantScope = z.infer<typeof ParticipantScopeSchema>;

export const ShareParticipantSchema = z.object({
  id: IdSchema,
  name: z.string(),
  scope: ParticipantScopeSchema,
  /** Their OPD, or null for a group member. */
  opdId: IdSchema.nullable(),
  /** Their OPD's name, or '' for a group member. */
  opdName: z.string(),
  /** Their FGD group, or null for an OPD participant. */
  groupId: IdSchema.nullable(),
  /** Their group's name, or ''. */
  groupName: z.string(),
  /** Their group's dimension, or null. */
  dimensionId: IdSchema.nullable(),
  joinedAt: z.string(),
  lastSeenAt: z.string(),
  /** Has a live-update stream open right now. */
  connected: z.boolean(),
  revoked: z.boolean(),
});
export type ShareParticipant = z.infer<typeof ShareParticipantSchema>;

export const ShareStatusSchema = z.object({
  active: z.boolean(),
  workshopId: IdSchema.nullable(),
  workshopTitle: z.string().nullable(),
  /** Where participants open the app (one per network interface). */
  urls: z.array(z.string()),
  /** The join code, e.g. "K7MQ2X"; null when sharing is off. */
  code: z.string().nullable(),
  codeExpiresAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  participantCount: z.number().int().nonnegative(),
  participantCap: z.number().int().positive(),
  /** The first URL as a QR code (SVG markup). */
  qrSvg: z.string().nullable(),
});
export type ShareStatus = z.infer<typeof ShareStatusSchema>;

export const ShareJoinedSchema = z.object({
  /** Sent afterwards as `Authorization: Bearer <token>`; never put it in a URL. */
  token: z.string(),
  participant: ShareParticipantSchema,
  workshopId: IdSchema,
});
export type ShareJoined = z.infer<typeof ShareJoinedSchema>;

export const ShareMeSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('facilitator') }),
  z.object({ role: z.literal('participant'), participant: ShareParticipantSchema, workshopId: IdSchema }),
]);
export type ShareMe = z.infer<typeof ShareMeSchema>;

const JoinCodeSchema = z.string().trim().min(1, code('invalid.required')).max(20, code('invalid.joinCodeUnknown'));

/**
 * Joining: a name and exactly one of an OPD (`opdId`) or an FGD group (`groupId`). Neither or both:
 * 400 `share.joinNeedsOpdOrGroup`; an unknown one: 400 `share.opdUnknown` / `share.groupUnknown`.
 */
export const ShareJoinInputSchema = z.object({
  code: JoinCodeSchema,
  name: requiredText('Nama', 80),
  opdId: IdSchema.optional(),
  groupId: IdSchema.optional(),
  /**
   * The phone's own random key (kept in its browser storage): joining again from the same phone in
   * the same sharing session gives back the same participant (one ballot each). Optional: older
   * phones and scripts join without one, each join then a new participant.
   */
  deviceKey: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, code('invalid.format')).optional(),
});
export type ShareJoinInput = z.infer<typeof ShareJoinInputSchema>;

/** What a person with the code sees before joining. */
export const ShareLookupSchema = z.object({
  workshopTitle: z.string(),
  opds: z.array(z.object({ id: IdSchema, abbreviation: z.string(), name: z.string() })),
  /** The FGD groups to join, with their dimension's name (Indonesian and English). */
  groups: z.array(z.object({ id: IdSchema, name: z.string(), dimensionId: IdSchema, dimensionName: z.string(), dimensionNameEn: z.string() })),
});
export type ShareLookup = z.infer<typeof ShareLookupSchema>;

const def = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, description: string) => ({ input, output, description });

/**
 * The one typed contract: method name → input schema → output schema.
 * Both transports (IPC in Electron, HTTP in the browser) carry exactly these.
 */
export const CONTRACT = {
  'app.info': def(z.object({}), z.object({ version: z.string(), dataDir: z.string(), mode: z.enum(['desktop', 'web']) }), 'Versi aplikasi dan lokasi data'),
  'dataImport.offer': def(z.object({}), DataImportOfferOutputSchema, 'Lokakarya di folder data lama mode peramban yang belum ada di folder data ini (null bila tidak ada atau sudah diputuskan)'),
  'dataImport.run': def(DataImportRunInputSchema, DataImportRunOutputSchema, 'Salin lokakarya dari folder data lama ke folder ini (aslinya tetap ada); yang sudah tersalin tetap bila dibatalkan'),
  'dataImport.cancel': def(z.object({}), z.object({ cancelled: z.boolean() }), 'Hentikan penyalinan yang sedang berjalan sesudah lokakarya yang sedang disalin'),
  'dataImport.dismiss': def(z.object({}), z.object({}), 'Jangan tawarkan lagi impor dari folder data lama (folder itu tidak diubah)'),
  'reference.get': def(z.object({}), ReferenceDataSchema, 'Data rujukan: dimensi, OPD, sumber dana, templat kesiapan'),
  'workshops.list': def(
    z.object({}),
    z.object({
      workshops: z.array(WorkshopSummarySchema),
      damaged: z.array(DamagedFileSchema),
      /** The demo workshop seeded on the first launch (marked "Contoh" on the home screen), while it is listed. */
      demoWorkshopId: IdSchema.nullable().optional(),
    }),
    'Daftar lokakarya',
  ),
  'workshops.create': def(
    z.object({ title: WorkshopTitleSchema, regionName: z.string().trim().max(120).default(''), regionKind: RegionKindSchema.default('kabupaten'), startYear: z.number().int().min(2000).max(2100).optional() }),
    WorkshopSummarySchema,
    'Buat lokakarya baru',
  ),
  'workshops.duplicate': def(WorkshopRef.extend({ title: WorkshopTitleSchema.optional() }), WorkshopSummarySchema, 'Gandakan lokakarya'),
  'workshops.rename': def(WorkshopRef.extend({ title: WorkshopTitleSchema }), WorkshopSummarySchema, 'Ganti nama lokakarya'),
  'workshops.delete': def(WorkshopRef, z.object({ trashId: z.string() }), 'Pindahkan lokakarya ke tempat sampah'),
  'workshops.trash': def(z.object({}), z.object({ entries: z.array(TrashEntrySchema) }), 'Isi tempat sampah'),
  'workshops.restore': def(z.object({ trashId: z.string().min(1).max(200) }), WorkshopSummarySchema, 'Pulihkan lokakarya dari tempat sampah'),
  'workshops.restoreBackup': def(WorkshopRef, WorkshopSummarySchema, 'Pulihkan lokakarya rusak dari salinan cadangan (.bak)'),
  'workshop.open': def(WorkshopRef, OpenedWorkshopSchema, 'Buka lokakarya'),
  'workshop.apply': def(
    WorkshopRef.extend({ baseRevision: z.number().int().nonnegative(), command: CommandSchema, actor: ActorSchema.optional() }),
    AppliedSchema,
    'Terapkan satu perintah perubahan',
  ),
  'workshop.undo': def(WorkshopRef.extend({ baseRevision: z.number().int().nonnegative() }), AppliedSchema, 'Batalkan perubahan terakhir'),
  'workshop.redo': def(WorkshopRef.extend({ baseRevision: z.number().int().nonnegative() }), AppliedSchema, 'Ulangi perubahan yang dibatalkan'),
  'workshop.log': def(WorkshopRef.extend({ limit: z.number().int().min(1).max(1000).default(100) }), z.object({ entries: z.array(LogEntrySchema) }), 'Jejak audit perubahan'),
  'workshop.history': def(WorkshopRef, z.object({ snapshots: z.array(SnapshotInfoSchema) }), 'Riwayat snapshot'),
  'workshop.previewSnapshot': def(WorkshopRef.extend({ snapshotId: z.string().min(1).max(200) }), SnapshotPreviewSchema, 'Lihat isi snapshot riwayat sebelum dipulihkan'),
  'workshop.restoreSnapshot': def(
    WorkshopRef.extend({
      snapshotId: z.string().min(1).max(200),
      /** Replay the logged changes made after the snapshot on top of it (default: no). */
      replayLater: z.boolean().default(false),
    }),
    OpenedWorkshopSchema,
    'Pulihkan lokakarya ke snapshot sebagai revisi baru (dapat dibatalkan), bila diminta dengan perubahan sesudahnya diterapkan ulang',
  ),
  'workshop.flush': def(WorkshopRef, z.object({ revision: z.number().int().nonnegative() }), 'Tulis snapshot lengkap sekarang'),

  'handoff.export': def(WorkshopRef.extend({ opdId: IdSchema }), PackageFileSchema, 'Buat paket serah-terima untuk satu OPD (bagian naskah dan programnya)'),
  'handoff.openPackage': def(
    z.object({ package: PackageTextSchema }),
    z.object({ workshop: WorkshopSummarySchema, reopened: z.boolean(), summary: HandoffSummarySchema }),
    'Buka paket dari fasilitator sebagai salinan lokakarya milik OPD',
  ),
  'handoff.exportReturn': def(
    WorkshopRef.extend({ authorName: z.string().trim().min(1, code('invalid.required')).max(100, code('invalid.textTooLong')) }),
    PackageFileSchema,
    'Buat paket kembalian berisi perubahan OPD untuk fasilitator',
  ),
  'handoff.preview': def(WorkshopRef.extend({ package: PackageTextSchema }), HandoffPreviewSchema, 'Tinjau perubahan dari paket kembalian OPD (langsung berlaku dan konflik)'),
  'handoff.merge': def(
    WorkshopRef.extend({ package: PackageTextSchema, resolutions: ResolutionsSchema.default({}) }),
    MergeResultSchema,
    'Gabungkan paket kembalian OPD (snapshot riwayat diambil lebih dahulu)',
  ),
  'handoff.localCopy': def(WorkshopRef, z.object({ copy: LocalCopySchema.shape.origin.nullable() }), 'Asal salinan OPD (null bila bukan salinan dari paket)'),

  'share.start': def(
    WorkshopRef.extend({ host: z.string().trim().min(1).max(100).optional(), port: z.number().int().min(0).max(65_535).optional() }),
    ShareStatusSchema,
    'Bagikan lokakarya di jaringan lokal (hanya fasilitator)',
  ),
  'share.stop': def(z.object({}), ShareStatusSchema, 'Hentikan berbagi; peserta diberi tahu sesi berakhir'),
  'share.status': def(z.object({}), ShareStatusSchema, 'Keadaan berbagi: alamat, kode bergabung, jumlah peserta'),
  'share.renewCode': def(z.object({}), ShareStatusSchema, 'Buat kode bergabung baru (kode lama tidak berlaku)'),
  'share.revoke': def(z.object({ participantId: IdSchema }), z.object({ participants: z.array(ShareParticipantSchema) }), 'Cabut akses seorang peserta'),
  'share.participants': def(z.object({}), z.object({ participants: z.array(ShareParticipantSchema) }), 'Peserta yang bergabung'),
  'share.join': def(ShareJoinInputSchema, ShareJoinedSchema, 'Bergabung sebagai peserta dengan kode dari fasilitator: sebagai anggota satu OPD (opdId) atau satu kelompok FGD (groupId)'),
  'share.me': def(z.object({}), ShareMeSchema, 'Peran pemanggil: fasilitator atau peserta'),
  'share.lookup': def(
    z.object({ code: JoinCodeSchema }),
    ShareLookupSchema,
    'Dengan kode bergabung: judul lokakarya, daftar OPD dan kelompok FGD untuk dipilih sebelum bergabung',
  ),

  // ——— quick wins ———
  'quickWins.suggest': def(
    QuickWinSuggestInputSchema,
    QuickWinSuggestOutputSchema,
    'Usulan quick win aplikasi seperti pada lembar Quick Win: calon terbaik per dimensi atau N teratas (hanya membaca; keputusan tetap pada forum)',
  ),

  // ——— export ———
  'export.docx': def(
    ExportDocxInputSchema,
    ExportDocxOutputSchema,
    'Masterplan dalam Word (.docx) dari lokakarya tersimpan, dengan diagram yang digambar aplikasi; DRAF sampai Tahap IV lengkap',
  ),

  'bimtek.docx': def(BimtekDocxInputSchema, BimtekDocxOutputSchema, 'Daftar hadir atau berita acara satu Tahap Bimtek (.docx): kop daerah, tanggal, tempat, acara, peserta dan hasil tahap itu'),
  // ——— excel ———
  'excel.export': def(ExcelExportInputSchema, ExcelFileSchema, 'Buku kerja Excel (.xlsx): matriks program, quick win, kesiapan, SWOT/TOWS dan anggaran'),
  'excel.previewProgramImport': def(ExcelUploadSchema, ProgramImportPreviewSchema, 'Periksa berkas XLSX/CSV program sebelum diimpor: jumlah ditambah/diperbarui dan kesalahan per baris'),
  'excel.importPrograms': def(ExcelUploadSchema, ProgramImportResultSchema, 'Impor program dari XLSX/CSV, semua atau tidak sama sekali (snapshot riwayat diambil lebih dahulu)'),
} as const;

export type Contract = typeof CONTRACT;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export const METHOD_NAMES = Object.keys(CONTRACT) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(CONTRACT, name);

/** What the renderer calls; implemented over IPC (Electron) or HTTP (browser). */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };
/** What the services implement; inputs are already validated. */
export type Handlers = { [M in MethodName]: (input: MethodParsedInput<M>) => Promise<MethodOutput<M>> };
