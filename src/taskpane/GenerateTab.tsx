import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { CATALOGUE } from "../core/catalogue";
import type { FormulaMode } from "../core/sheet/types";
import type { GenerateOutcome, HostApi, HostInfo, HostProblem } from "../office/api";
import type { Strings } from "./i18n";
import { ProblemBar, SuccessBar, describeError, useStyles } from "./components";
import {
  type SettingsField,
  type SettingsForm,
  checkSettings,
  defaultSheetName,
} from "../core/settings";

type Result =
  { kind: "success"; outcome: GenerateOutcome } | { kind: "problem"; problem: HostProblem };

export interface GenerateTabProps {
  host: HostApi;
  info: HostInfo;
  t: Strings;
  /** The default reporting year (the current year). */
  initialYear?: number;
}

export function GenerateTab({ host, info, t, initialYear }: GenerateTabProps): React.ReactElement {
  const styles = useStyles();
  const [form, setForm] = React.useState<SettingsForm>(() => {
    const tahun = String(initialYear ?? new Date().getFullYear());
    return {
      tahun,
      namaPerangkatDaerah: CATALOGUE.agency.nama,
      sheetName: defaultSheetName(tahun),
      // Without the custom-functions runtime, IKU.* formulas would show #NAME? here.
      mode: info.customFunctions ? "iku" : "excel",
    };
  });
  // The sheet name follows the year until the user types their own.
  const [sheetNameEdited, setSheetNameEdited] = React.useState(false);
  const [running, setRunning] = React.useState(false);
  const [result, setResult] = React.useState<Result | null>(null);
  const sheetNameRef = React.useRef<HTMLInputElement>(null);

  const check = React.useMemo(() => checkSettings(form), [form]);
  const errorsOf = (field: SettingsField): string | undefined => {
    const keys = check.errors[field];
    return keys && keys.length > 0 ? keys.map((k) => t.formErrors[k]).join(" ") : undefined;
  };

  const setTahun = (tahun: string) =>
    setForm((f) => ({
      ...f,
      tahun,
      sheetName: sheetNameEdited ? f.sheetName : defaultSheetName(tahun),
    }));

  const onGenerate = async () => {
    if (!check.ok || running || !info.inExcel) return;
    setRunning(true);
    setResult(null);
    try {
      const r = await host.generate(check.settings);
      setResult(
        r.ok ? { kind: "success", outcome: r.value } : { kind: "problem", problem: r.problem }
      );
    } catch (e) {
      setResult({ kind: "problem", problem: { code: "unknown", detail: describeError(e) } });
    } finally {
      setRunning(false);
    }
  };

  const applySuggestion = (name: string) => {
    setSheetNameEdited(true);
    setForm((f) => ({ ...f, sheetName: name }));
    setResult(null);
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
      <h2 id="generate-heading" className={styles.heading}>
        {t.generateHeading}
      </h2>
      <Text className={styles.muted}>{t.generateIntro}</Text>
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
            name="namaPerangkatDaerah"
            value={form.namaPerangkatDaerah}
            onChange={(_, d) => setForm((f) => ({ ...f, namaPerangkatDaerah: d.value }))}
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
        <div className={styles.row}>
          <Button
            type="submit"
            appearance="primary"
            disabled={!check.ok || running || !info.inExcel}
          >
            {t.generateButton}
          </Button>
          {running ? <Spinner size="tiny" label={t.generating} /> : null}
        </div>
      </form>
      <div aria-live="polite">
        {result?.kind === "success" ? (
          <SuccessBar title={t.successTitle}>{t.generated(result.outcome)}</SuccessBar>
        ) : null}
        {result?.kind === "success" && result.outcome.printSetup?.applied === false ? (
          <MessageBar intent="warning" layout="multiline" data-testid="print-setup-failed">
            <MessageBarBody>
              <MessageBarTitle>{t.printSetupTitle}</MessageBarTitle> {t.printSetupFailed}{" "}
              <Text>{t.detail(result.outcome.printSetup.detail)}</Text>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {result?.kind === "problem" ? (
          <ProblemBar
            t={t}
            problem={result.problem}
            action={
              result.problem.code === "foreignSheet" && result.problem.suggestion ? (
                <Button onClick={() => applySuggestion(result.problem.suggestion as string)}>
                  {t.useSuggestion(result.problem.suggestion)}
                </Button>
              ) : undefined
            }
          />
        ) : null}
      </div>
    </section>
  );
}
