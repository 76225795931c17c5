import type {
  CheckOutcome,
  GenerateOutcome,
  HelpOpening,
  HostApi,
  HostInfo,
  HostProblem,
  HostResult,
  KatalogContentChoice,
  KatalogOutcome,
  LkjipChartsOutcome,
  LkjipOutcome,
  ReportOutcome,
} from "../../src/office/api";
import type { RingkasanOutcome } from "../../src/core/sakip/ringkasan";
import type { RenstraOutcome, RenstraRequest } from "../../src/office/renstra";
import type { SheetSettings } from "../../src/core/sheet/types";

/** A promise the test resolves when it wants, to observe the pane while an action runs. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function ok<T>(value: T): HostResult<T> {
  return { ok: true, value };
}

export function fail<T>(problem: HostProblem): HostResult<T> {
  return { ok: false, problem };
}

type Answer<T> = HostResult<T> | Promise<HostResult<T>> | (() => Promise<HostResult<T>>);

function answer<T>(a: Answer<T>): Promise<HostResult<T>> {
  if (typeof a === "function") return a();
  return Promise.resolve(a);
}

/**
 * A HostApi implemented in memory: answers are set by the test, calls are recorded. Not a mock
 * of Office: the pane only knows HostApi.
 */
export class FakeHost implements HostApi {
  readonly hostInfo: HostInfo;
  generateAnswer: Answer<GenerateOutcome> = ok({
    sheet: "IKU 2026",
    created: true,
    indicators: 18,
    keptValues: 0,
    range: "A1:T40",
  });
  validateAnswer: Answer<CheckOutcome> = ok({
    sheets: ["IKU 2026"],
    findings: [],
    checkedAt: "2026-11-27T10:00:00Z",
  });
  auditAnswer: Answer<CheckOutcome> = ok({
    sheets: ["IKU 2026"],
    findings: [],
    checkedAt: "2026-11-27T10:00:00Z",
  });
  ringkasanAnswer: Answer<RingkasanOutcome> = ok({ kind: "noIkuSheet" });
  reportAnswer: Answer<ReportOutcome> = ok({ sheet: "Audit IKU", rows: 0 });
  /** Answers createKatalog by its `replace` option (the first ask, then the confirmed one). */
  katalogAnswer: (replace: boolean) => Answer<KatalogOutcome> = () =>
    ok({ sheet: "Katalog IKU", indicators: 18, replaced: false });
  lkjipAnswer: Answer<LkjipOutcome> = ok({
    sheet: "Pengukuran Kinerja 2026",
    created: true,
    years: [2026],
    renstra: false,
    kept: 0,
    range: "A1:J120",
  });
  chartsAnswer: Answer<LkjipChartsOutcome> = ok({
    sheet: "Pengukuran Kinerja 2026",
    added: 19,
    replaced: 0,
  });
  readonly lkjipCalls: number[] = [];
  readonly chartCalls: { tahun: number; indicator?: string }[] = [];
  /** Answers writeRenstra by its `removeNotes` option (the first ask, then the confirmed one). */
  renstraAnswer: (removeNotes: boolean) => Answer<RenstraOutcome> = () =>
    ok({
      sheet: "Target Renstra",
      created: true,
      indicators: 18,
      periode: { awal: 2025, akhir: 2029 },
      kept: 0,
      relink: [],
    });
  readonly renstraCalls: RenstraRequest[] = [];
  selectAnswer: HostResult<void> = ok(undefined);
  subscribeAnswer: HostResult<true> = ok(true);

  readonly generated: SheetSettings[] = [];
  readonly generateOptions: { removeNotes?: boolean; agencyFromKatalog?: boolean }[] = [];
  validateCalls = 0;
  auditCalls = 0;
  ringkasanCalls = 0;
  readonly reports: CheckOutcome[] = [];
  readonly katalogCalls: { content: KatalogContentChoice; replace: boolean }[] = [];
  readonly selected: { sheet: string; cell: string }[] = [];
  readonly handlers: (() => void)[] = [];
  unsubscribed = 0;
  readonly helpOpened: string[] = [];
  helpAnswer: HelpOpening = "browser";
  /** Per-user preferences; tests preset "firstRunSeen" to skip the placemat. */
  readonly preferences = new Map<string, string>([["firstRunSeen", "1"]]);

  constructor(info: Partial<HostInfo> = {}) {
    this.hostInfo = {
      inExcel: true,
      host: "Excel",
      platform: "PC",
      displayLanguage: "id-ID",
      customFunctions: true,
      ...info,
    };
  }

  info(): HostInfo {
    return this.hostInfo;
  }

  generate(
    settings: SheetSettings,
    options?: { removeNotes?: boolean; agencyFromKatalog?: boolean }
  ): Promise<HostResult<GenerateOutcome>> {
    this.generated.push(settings);
    this.generateOptions.push(options ?? {});
    return answer(this.generateAnswer);
  }

  validate(): Promise<HostResult<CheckOutcome>> {
    this.validateCalls += 1;
    return answer(this.validateAnswer);
  }

  audit(): Promise<HostResult<CheckOutcome>> {
    this.auditCalls += 1;
    return answer(this.auditAnswer);
  }

  ringkasan(): Promise<HostResult<RingkasanOutcome>> {
    this.ringkasanCalls += 1;
    return answer(this.ringkasanAnswer);
  }

  writeAuditReport(outcome: CheckOutcome): Promise<HostResult<ReportOutcome>> {
    this.reports.push(outcome);
    return answer(this.reportAnswer);
  }

  createKatalog(
    content: KatalogContentChoice,
    options?: { replace?: boolean }
  ): Promise<HostResult<KatalogOutcome>> {
    const replace = options?.replace === true;
    this.katalogCalls.push({ content, replace });
    return answer(this.katalogAnswer(replace));
  }

  createLkjip(tahun: number): Promise<HostResult<LkjipOutcome>> {
    this.lkjipCalls.push(tahun);
    return answer(this.lkjipAnswer);
  }

  addLkjipCharts(tahun: number, indicator?: string): Promise<HostResult<LkjipChartsOutcome>> {
    this.chartCalls.push({ tahun, indicator });
    return answer(this.chartsAnswer);
  }

  writeRenstra(request: RenstraRequest): Promise<HostResult<RenstraOutcome>> {
    this.renstraCalls.push(request);
    return answer(this.renstraAnswer(request.removeNotes === true));
  }

  selectCell(sheet: string, cell: string): Promise<HostResult<void>> {
    this.selected.push({ sheet, cell });
    return Promise.resolve(this.selectAnswer);
  }

  onSheetChanged(handler: () => void): Promise<HostResult<() => Promise<void>>> {
    if (!this.subscribeAnswer.ok) return Promise.resolve(fail(this.subscribeAnswer.problem));
    this.handlers.push(handler);
    return Promise.resolve(
      ok(() => {
        this.unsubscribed += 1;
        const i = this.handlers.indexOf(handler);
        if (i >= 0) this.handlers.splice(i, 1);
        return Promise.resolve();
      })
    );
  }

  openHelp(url: string): HelpOpening {
    this.helpOpened.push(url);
    return this.helpAnswer;
  }

  getPreference(key: string): string | null {
    return this.preferences.get(key) ?? null;
  }

  setPreference(key: string, value: string): void {
    this.preferences.set(key, value);
  }

  /** Simulates a change on an IKU sheet. */
  change(): void {
    for (const h of [...this.handlers]) h();
  }
}
