import { z } from 'zod';
import { IdSchema, WorkshopSchema, WorkshopSummarySchema, WorkshopTitleSchema, RegionKindSchema, DimensionSetSchema, OpdSchema, FundingSourceSchema, ReadinessPillarSchema } from '../model';
import { ActorSchema, CommandSchema } from '../commands';

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

/** Result of applying a command (or an undo/redo): the command actually applied and the new revision. */
export const AppliedSchema = z.object({
  revision: z.number().int().nonnegative(),
  applied: CommandSchema,
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
  command: CommandSchema,
  inverse: CommandSchema,
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
});

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

const def = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, description: string) => ({ input, output, description });

/**
 * The one typed contract: method name → input schema → output schema.
 * Both transports (IPC in Electron, HTTP in the browser) carry exactly these.
 */
export const CONTRACT = {
  'app.info': def(z.object({}), z.object({ version: z.string(), dataDir: z.string(), mode: z.enum(['desktop', 'web']) }), 'Versi aplikasi dan lokasi data'),
  'reference.get': def(z.object({}), ReferenceDataSchema, 'Data rujukan: dimensi, OPD, sumber dana, templat kesiapan'),
  'workshops.list': def(z.object({}), z.object({ workshops: z.array(WorkshopSummarySchema), damaged: z.array(DamagedFileSchema) }), 'Daftar lokakarya'),
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
  'workshop.restoreSnapshot': def(WorkshopRef.extend({ snapshotId: z.string().min(1).max(200) }), OpenedWorkshopSchema, 'Pulihkan lokakarya ke snapshot'),
  'workshop.flush': def(WorkshopRef, z.object({ revision: z.number().int().nonnegative() }), 'Tulis snapshot lengkap sekarang'),
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
