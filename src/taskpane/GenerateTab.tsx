import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { AGENCY } from "../core/catalogue/agency";
import type { FormulaMode, SheetSettings } from "../core/sheet/types";
import type { GenerateOutcome, HostApi, HostInfo, HostProblem } from "../office/api";
import type { Strings } from "./i18n";
import { ProblemBar, SuccessBar, TabHeading, useStyles } from "./components";
import { useHostAction } from "./useHostAction";
import { KatalogSection, LkjipSection } from "./checkTabs";
import { RenstraSectionLazy } from "./renstraLazy";
import type { SettingsCheck, SettingsField, SettingsForm } from "../core/settings";
import { defaultSheetName } from "../core/settings-limits";
import { afterFirstPaint, loadOnDemand } from "../office/host";
import { loadSettingsCheck, settingsCheckIfLoaded } from "./settingsCheck";
import type { CheckSettings } from "./settingsCheck";

/**
 * The findings list, for a Katalog with mistakes: in the "analysis" chunk with the check tabs
 * (the generate that found the mistakes has loaded it already).
 */
const FindingsView = React.lazy(() =>
  import(/* webpackChunkName: "analysis" */ "./Findings").then((m) => ({
    default: m.FindingsView,
  }))
);

/** A sheet generated, with the settings it was made from. */
interface Generated {
  outcome: GenerateOutcome;
  settings: SheetSettings;
}

/**
 * The first cell staff fill in (a yellow input cell), to take them there after generating. The
 * sheet plan comes from the "analysis" chunk, which the generate before this has loaded.
 */
async function firstInputCell(settings: SheetSettings): Promise<string | null> {
  try {
    const [{ planInputs }, { buildSheetPlan }] = await Promise.all([
      import(/* webpackChunkName: "analysis" */ "../core/sheet/evaluate"),
      import(/* webpackChunkName: "analysis" */ "../core/sheet/plan"),
    ]);
    return planInputs(buildSheetPlan(settings))[0]?.address ?? null;
  } catch {
    return null; // the plan cannot be built: the sheet's first cell will do
  }
}

export interface GenerateTabProps {
  host: HostApi;
  info: HostInfo;
  t: Strings;
  /** The default reporting year (the current year). */
  initialYear?: number;
  /** Opens another tab of the pane (the next step after generating). */
  onNavigate?: (tab: "validate") => void;
  /** Called once a sheet was generated (the first-run placemat has done its job). */
  onGenerated?: () => void;
}

export function GenerateTab({
  host,
  info,
  t,
  initialYear,
  onNavigate,
  onGenerated,
}: GenerateTabProps): React.ReactElement {
  const styles = useStyles();
  const resultRef = React.useRef<HTMLDivElement>(null);
  const action = useHostAction(resultRef);
  const problem = action.problem;
  const [form, setFormState] = React.useState<SettingsForm>(() => {
    const tahun = String(initialYear ?? new Date().getFullYear());
    return {
      tahun,
      namaPerangkatDaerah: AGENCY.nama,
      sheetName: defaultSheetName(tahun),
      // Without the custom-functions runtime, IKU.* formulas would show #NAME? here.
      mode: info.customFunctions ? "iku" : "excel",
    };
  });
  // The sheet name follows the year until the user types their own.
  const [sheetNameEdited, setSheetNameEdited] = React.useState(false);
  // The agency name is the built-in default until the user types one: a workbook's Katalog IKU
  // that names its Perangkat Daerah then names the sheet's agency (see generate.ts).
  const [namaEdited, setNamaEdited] = React.useState(false);
  const [generated, setGenerated] = React.useState<Generated | null>(null);
  const sheetNameRef = React.useRef<HTMLInputElement>(null);
  // A result belongs to the form it was made from: any edit clears it.
  const setForm = (update: (f: SettingsForm) => SettingsForm) => {
    setFormState(update);
    setGenerated(null);
    action.setProblem(null);
  };

  const [checkSettings, setCheckSettings] = React.useState<CheckSettings | null>(
    settingsCheckIfLoaded
  );
  React.useEffect(() => {
    if (checkSettings) return undefined;
    let live = true;
    afterFirstPaint()
      .then(loadSettingsCheck)
      .then(
        (fn) => live && setCheckSettings(() => fn),
        // Not loaded (an interrupted load): Generate loads it again when clicked.
        () => undefined
      );
    return () => {
      live = false;
    };
  }, []);
  // Until the check has loaded the form is unchecked: no message, Generate still available.
  const check = React.useMemo(
    () => (checkSettings ? checkSettings(form) : null),
    [checkSettings, form]
  );
  const errorsOf = (field: SettingsField): string | undefined => {
    const keys = check?.errors[field];
    return keys && keys.length > 0 ? keys.map((k) => t.formErrors[k]).join(" ") : undefined;
  };

  const setTahun = (tahun: string) =>
    setForm((f) => ({
      ...f,
      tahun,
      sheetName: sheetNameEdited ? f.sheetName : defaultSheetName(tahun),
    }));

  const onGenerate = async (options?: { removeNotes?: boolean }) => {
    if (check?.ok === false || action.busy || !info.inExcel) return;
    setGenerated(null);
    await action.run(
      async (call) => {
        let checked: SettingsCheck | null = check;
        if (!checked) {
          const loaded = await call(() => loadOnDemand(loadSettingsCheck));
          if (!loaded?.ok) return;
          checked = loaded.value(form);
        }
        if (!checked.ok) return;
        const settings = checked.settings;
        const r = await call(() =>
          host.generate(settings, namaEdited ? options : { ...options, agencyFromKatalog: true })
        );
        if (!r?.ok) return;
        setGenerated({ outcome: r.value, settings });
        onGenerated?.();
      },
      { announce: t.generating, focus: true }
    );
  };

  const goToSheet = async (outcome: GenerateOutcome, settings: SheetSettings) => {
    const sheet = outcome.sheet;
    // The generate knows the sheet's first input (from the workbook's catalogue).
    const cell = outcome.firstInput ?? (await firstInputCell(settings)) ?? "A1";
    const r = await host.selectCell(sheet, cell);
    if (r.ok) return;
    // The problem takes the place of the success message, as any result does.
    setGenerated(null);
    action.setProblem(r.problem);
  };

  // A Katalog finding whose cell could not be selected: said under the list, which stays.
  const [selectProblem, setSelectProblem] = React.useState<HostProblem | null>(null);
  /** A Katalog finding clicked: its cell on the Katalog sheet. */
  const selectFinding = async (sheet: string, cell: string) => {
    const r = await host.selectCell(sheet, cell);
    setSelectProblem(r.ok ? null : r.problem);
  };

  const applySuggestion = (name: string) => {
    setSheetNameEdited(true);
    setForm((f) => ({ ...f, sheetName: name }));
    sheetNameRef.current?.focus();
  };

  const tahunError = errorsOf("tahun");
  const namaError = errorsOf("namaPerangkatDaerah");
  const sheetError = errorsOf("sheetName");
  // Outside Excel nothing is known about custom functions, so no warning about them there.
  const modeHint =
    info.inExcel && !info.customFunctions
      ? t.noCustomFunctions
      : form.mode === "iku"
        ? t.modeIkuHint
        : t.modeExcelHint;

  return (
    <section className={styles.section} aria-labelledby="generate-heading">
      <TabHeading id="generate-heading" title={t.generateHeading} intro={t.generateIntro} />
      <form
        className={styles.section}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void onGenerate();
        }}
      >
        <Field
          label={t.tahunLabel}
          required
          validationState={tahunError ? "error" : "none"}
          validationMessage={tahunError}
        >
          <Input
            className={styles.input}
            name="tahun"
            inputMode="numeric"
            autoComplete="off"
            value={form.tahun}
            onChange={(_, d) => setTahun(d.value)}
          />
        </Field>
        <Field
          label={t.namaLabel}
          required
          validationState={namaError ? "error" : "none"}
          validationMessage={namaError}
        >
          <Input
            className={styles.input}
            name="namaPerangkatDaerah"
            value={form.namaPerangkatDaerah}
            onChange={(_, d) => {
              setNamaEdited(true);
              setForm((f) => ({ ...f, namaPerangkatDaerah: d.value }));
            }}
          />
        </Field>
        <Field
          label={t.sheetNameLabel}
          required
          hint={sheetNameEdited ? undefined : t.sheetNameHint}
          validationState={sheetError ? "error" : "none"}
          validationMessage={sheetError}
        >
          <Input
            className={styles.input}
            name="sheetName"
            ref={sheetNameRef}
            autoComplete="off"
            value={form.sheetName}
            onChange={(_, d) => {
              setSheetNameEdited(true);
              setForm((f) => ({ ...f, sheetName: d.value }));
            }}
          />
        </Field>
        <Field label={t.modeLabel} hint={modeHint}>
          <RadioGroup
            name="mode"
            value={form.mode}
            onChange={(_, d) => setForm((f) => ({ ...f, mode: d.value as FormulaMode }))}
          >
            <Radio value="iku" label={t.modeIku} />
            <Radio value="excel" label={t.modeExcel} />
          </RadioGroup>
        </Field>
        <Text weight="semibold">{t.aturanTitle}</Text>
        <Field
          label={t.desimalLabel}
          validationState={errorsOf("desimal") ? "error" : "none"}
          validationMessage={errorsOf("desimal")}
        >
          <Input
            className={styles.input}
            name="desimal"
            inputMode="numeric"
            autoComplete="off"
            value={form.desimal ?? ""}
            onChange={(_, d) => setForm((f) => ({ ...f, desimal: d.value }))}
          />
        </Field>
        <Field
          label={t.kategoriBatasLabel}
          hint={t.kategoriBatasHint}
          validationState={errorsOf("kategoriBatas") ? "error" : "none"}
          validationMessage={errorsOf("kategoriBatas")}
        >
          <Input
            className={styles.input}
            name="kategoriBatas"
            autoComplete="off"
            value={form.kategoriBatas ?? ""}
            onChange={(_, d) => setForm((f) => ({ ...f, kategoriBatas: d.value }))}
          />
        </Field>
        <Field
          label={t.kategoriLabelLabel}
          hint={t.kategoriLabelHint}
          validationState={errorsOf("kategoriLabel") ? "error" : "none"}
          validationMessage={errorsOf("kategoriLabel")}
        >
          <Input
            className={styles.input}
            name="kategoriLabel"
            autoComplete="off"
            value={form.kategoriLabel ?? ""}
            onChange={(_, d) => setForm((f) => ({ ...f, kategoriLabel: d.value }))}
          />
        </Field>
        <Field
          label={t.swadayaLabel}
          validationState={errorsOf("swadaya") ? "error" : "none"}
          validationMessage={errorsOf("swadaya")}
        >
          <RadioGroup
            name="swadaya"
            value={form.swadaya ?? "program"}
            onChange={(_, d) =>
              setForm((f) => ({ ...f, swadaya: d.value as SettingsForm["swadaya"] }))
            }
          >
            <Radio value="program" label={t.swadayaProgram} />
            <Radio value="rupiah" label={t.swadayaRupiah} />
          </RadioGroup>
        </Field>
        <div className={styles.row}>
          <Button
            type="submit"
            appearance="primary"
            className={styles.wrapButton}
            disabled={check?.ok === false || !info.inExcel}
            // Focus stays on the button while it runs; the result takes it afterwards.
            disabledFocusable={action.busy && check?.ok !== false && info.inExcel}
          >
            {t.generateButton}
          </Button>
          {action.busy ? <Spinner size="tiny" label={t.generating} /> : null}
        </div>
        <Text size={200} className={styles.muted} data-testid="undo-note">
          {t.undoNote(info.undo)}
        </Text>
      </form>
      <div ref={resultRef} tabIndex={-1} className={styles.result} data-testid="generate-result">
        {generated ? (
          <>
            <SuccessBar title={t.successTitle}>
              {t.generated(generated.outcome)}
              {generated.outcome.catalogue ? (
                <>
                  {" "}
                  <span data-testid="made-from">{t.madeFrom(generated.outcome.catalogue)}</span>
                </>
              ) : null}
            </SuccessBar>
            <MessageBar intent="info" layout="multiline" data-testid="next-step">
              <MessageBarBody>
                <MessageBarTitle>{t.nextStepTitle}</MessageBarTitle> {t.nextStep}
              </MessageBarBody>
              <MessageBarActions>
                <Button
                  className={styles.wrapButton}
                  onClick={() => void goToSheet(generated.outcome, generated.settings)}
                >
                  {t.goToSheet}
                </Button>
                {onNavigate ? (
                  <Button className={styles.wrapButton} onClick={() => onNavigate("validate")}>
                    {t.goToValidate}
                  </Button>
                ) : null}
              </MessageBarActions>
            </MessageBar>
          </>
        ) : null}
        {generated?.outcome.printSetup?.applied === false ? (
          <MessageBar intent="warning" layout="multiline" data-testid="print-setup-failed">
            <MessageBarBody>
              <MessageBarTitle>{t.printSetupTitle}</MessageBarTitle> {t.printSetupFailed}{" "}
              <Text>{t.detail(generated.outcome.printSetup.detail)}</Text>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {problem ? (
          <ProblemBar
            t={t}
            problem={problem}
            action={
              problem.code === "foreignSheet" && problem.suggestion ? (
                <Button
                  className={styles.wrapButton}
                  onClick={() => applySuggestion(problem.suggestion as string)}
                >
                  {t.useSuggestion(problem.suggestion)}
                </Button>
              ) : problem.code === "userNotes" ? (
                <Button onClick={() => void onGenerate({ removeNotes: true })}>
                  {t.removeNotes}
                </Button>
              ) : undefined
            }
          />
        ) : null}
        {problem?.code === "katalogInvalid" && problem.findings ? (
          <React.Suspense fallback={<Spinner size="tiny" />}>
            <FindingsView
              t={t}
              id="katalog"
              label={t.katalogListLabel}
              findings={problem.findings}
              onSelect={(f) => void selectFinding(f.sheet, f.cell)}
            />
          </React.Suspense>
        ) : null}
        {problem?.code === "katalogInvalid" && selectProblem ? (
          <ProblemBar t={t} problem={selectProblem} />
        ) : null}
      </div>
      <KatalogSection host={host} info={info} t={t} />
      <RenstraSectionLazy host={host} info={info} t={t} />
      <LkjipSection host={host} info={info} t={t} />
    </section>
  );
}
