// Upload slice: a user's CSV (a file or pasted text) read in the data worker with progress and
// Cancel, and the report of the dataset on screen (schema, label guess, rows left out). A file
// that cannot be opened leaves the dataset, view and result on screen as they were.
import type { MissingAction } from '../io/missing-rows';
import { type CsvReport, type DeriveOptions, JobCancelled } from '../worker/client';
import { countClasses, prepareColumns } from './arrival-steps';
import { datasetUrl } from './catalog';
import { resolveRows } from './resolve-view';
import type { SliceCreator } from './store';
import { uploadProblem } from './upload-checks';
import type { FileView } from './url-params';

export type DatasetReport = Omit<CsvReport, 'dataset'>;

export type UploadStatus = 'idle' | 'reading' | 'deriving';

export interface UploadSlice {
  /** The file behind the dataset on screen: its columns, label guess and rows left out. */
  datasetReport: DatasetReport | null;
  /** Where the dataset on screen came from; an upload cannot be put in a link. */
  datasetSource: 'built-in' | 'upload' | null;
  uploadStatus: UploadStatus;
  /** The file being read. */
  uploadName: string | null;
  uploadProgress: number;
  /** Why the last file, label or missing-cell choice could not be used. */
  uploadError: string | null;
  /** Reads a File, Blob or pasted text in the worker and shows it if it can be used. */
  openCsvSource(source: Blob | string, name: string): Promise<void>;
  cancelUpload(): void;
  setLabelColumn(name: string): Promise<void>;
  setMissingAction(action: MissingAction): Promise<void>;
  dismissUploadError(): void;
  /** A link's rows and axes for a file it names, used when a file of that name is opened. */
  awaitFile(view: FileView): void;
  /** Keeps the report of a dataset just opened (the dataset slice calls it for built-ins). */
  rememberReport(report: CsvReport, source: 'built-in' | 'upload'): void;
}

/** A file that cannot be read is not opened; a choice that does not fit the file is not applied. */
function failed(status: UploadStatus, name: string): string {
  return status === 'reading' ? `Could not open ${name}` : `Could not apply that to ${name}`;
}

export const createUploadSlice: SliceCreator<UploadSlice> = (deps) => (set, get) => {
  const data = deps.data ?? deps.worker;
  let ticket = 0;
  // The opened file itself (a handle, not its bytes), read again only if the worker lost its table.
  let source: { blob: Blob | string; name: string } | null = null;
  let linked: FileView | null = null;

  /** Runs a read or re-derivation; shows its dataset, or says why not and changes nothing. */
  async function apply(
    name: string,
    status: UploadStatus,
    job: () => Promise<Awaited<ReturnType<typeof data.openCsv>>>,
    onShown: (report: CsvReport, current: () => boolean) => Promise<void>,
  ): Promise<boolean> {
    const mine = ++ticket;
    set({ uploadStatus: status, uploadName: name, uploadProgress: 0, uploadError: null });
    let out: Awaited<ReturnType<typeof job>>;
    try {
      out = await job();
    } catch (error) {
      if (mine !== ticket || error instanceof JobCancelled) return false;
      set({ uploadStatus: 'idle', uploadError: `${failed(status, name)}: ${String(error)}` });
      return false;
    }
    if (mine !== ticket) return false;
    // Where reading ends and showing begins, for the browser's performance timeline (and tests).
    performance.mark('smote-lab:file-read');
    const current = () => mine === ticket;
    if (out.ok && !(await countClasses(out.value.dataset, current))) return false;
    const problem = out.ok ? uploadProblem(out.value.dataset, get().params) : out.error.message;
    if (!out.ok || problem) {
      set({ uploadStatus: 'idle', uploadError: `${failed(status, name)}: ${problem}` });
      return false;
    }
    set({ uploadStatus: 'idle', uploadProgress: 1 });
    await onShown(out.value, current);
    return true;
  }

  async function show(
    report: CsvReport,
    datasetName: string,
    kind: 'built-in' | 'upload',
    current: () => boolean,
  ) {
    const { dataset } = report;
    // The file a link was made on gets the link's rows and axes, checked like any link's.
    const forLink = kind === 'upload' && linked?.name === datasetName;
    const view: Partial<FileView> = forLink && linked ? linked : {};
    const rows = resolveRows(dataset, {
      anchor: view.anchor ?? null,
      neighbor: view.neighbor ?? null,
      k: get().k,
      x: view.x ?? null,
      y: view.y ?? null,
    });
    const projection = dataset.d > 2 ? get().projection : 'columns';
    if (projection === 'columns') {
      if (!(await prepareColumns(dataset, rows.xFeature, rows.yFeature, current))) return;
    }
    if (forLink) linked = null;
    const state = get();
    if (state.resampleStatus === 'running') deps.worker.cancel();
    state.clearResult();
    state.clearSelection();
    set({
      dataset,
      datasetName,
      datasetStatus: 'ready',
      datasetError: null,
      anchor: rows.anchor,
      neighbor: rows.neighbor,
      xFeature: rows.xFeature,
      yFeature: rows.yFeature,
      // A PCA view needs three features or more; the scaling choice carries over to the new file.
      projection,
      previousScaling: null,
    });
    for (const text of rows.notices) get().addNotice(text);
    get().rememberReport(report, kind);
  }

  async function derive(options: DeriveOptions) {
    const report = get().datasetReport;
    const name = get().datasetName;
    if (!report || !name) return;
    const label = report.schema.find((c) => c.kind === 'label')?.name;
    const wanted = { label, missing: report.missing.action, ...options };
    const kind = get().datasetSource ?? 'built-in';
    const entry = get().catalog.find((e) => e.name === name);
    const readAgain = () => {
      if (kind === 'built-in' && entry)
        return data.loadDataset(datasetUrl(entry.file, deps.base), wanted);
      if (kind === 'upload' && source?.name === name)
        return data.openCsv({ source: source.blob, name, ...wanted });
      return null;
    };
    const job = async () => {
      const out = await data.relabelCsv(report.table, wanted);
      // The worker was restarted (a cancelled read) and lost its table: the file is read once more.
      return out.ok ? out : ((await readAgain()) ?? out);
    };
    await apply(name, 'deriving', job, (shown, current) => show(shown, name, kind, current));
  }

  return {
    datasetReport: null,
    datasetSource: null,
    uploadStatus: 'idle',
    uploadName: null,
    uploadProgress: 0,
    uploadError: null,

    async openCsvSource(blob, name) {
      const onProgress = (fraction: number) => set({ uploadProgress: fraction });
      const job = () => data.openCsv({ source: blob, name }, onProgress);
      await apply(name, 'reading', job, (report, current) => {
        source = { blob, name };
        return show(report, name, 'upload', current);
      });
    },

    cancelUpload() {
      if (get().uploadStatus === 'idle') return;
      const name = get().uploadName;
      ticket++;
      data.cancel();
      set({ uploadStatus: 'idle', uploadProgress: 0 });
      get().addNotice(`Opening ${name} was cancelled; the data on screen is unchanged.`);
    },

    setLabelColumn: (label) => derive({ label }),
    setMissingAction: (missing) => derive({ missing }),
    dismissUploadError: () => set({ uploadError: null }),

    awaitFile(view) {
      linked = view;
    },

    rememberReport(report, kind) {
      const { dataset: _dataset, ...rest } = report;
      set({ datasetReport: rest, datasetSource: kind });
      get().setDatasetHeader(report.header);
    },
  };
};
