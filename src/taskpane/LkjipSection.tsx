import * as React from "react";
import { Button, Field, Input, Select, Spinner, Text } from "@fluentui/react-components";
import { z } from "zod";
import { CATALOGUE } from "../core/catalogue";
import { LKJIP_EN } from "../core/messages/en-lkjip";
import { LKJIP_ID } from "../core/messages/id-lkjip";
import type { LkjipWords } from "../core/messages/id-lkjip";
import type { HostApi, HostInfo, LkjipChartsOutcome, LkjipOutcome } from "../office/api";
import { languageFor } from "./i18n";
import type { Strings } from "./i18n";
import { ProblemBar, SuccessBar, useStyles } from "./components";
import { useHostAction } from "./useHostAction";

/**
 * The Generate tab's "Pengukuran Kinerja (LKjIP)" section: the report year, "Buat tabel
 * Pengukuran Kinerja" (the sheet of four tables by formula, src/office/lkjip.ts) and "Tambah
 * grafik" (native charts beside the tables, for every indicator or a chosen one). Loaded after
 * the first paint with the analysis chunk (checkTabs.tsx), like the Katalog section: its words
 * (id-lkjip.ts, en-lkjip.ts) and zod travel with it, not in the first script.
 */
export interface LkjipSectionProps {
  host: HostApi;
  info: HostInfo;
  t: Strings;
}

/** A report year typed in the field: four digits, 2000–2100. */
export const TahunSchema = z
  .string()
  .trim()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(2000).max(2100));

const ALL = "";

export function LkjipSection(props: LkjipSectionProps): React.ReactElement {
  const { host, info, t } = props;
  const w: LkjipWords = languageFor(info.displayLanguage) === "en" ? LKJIP_EN : LKJIP_ID;
  const styles = useStyles();
  const resultRef = React.useRef<HTMLDivElement>(null);
  const action = useHostAction(resultRef);
  const [tahun, setTahun] = React.useState(String(new Date().getFullYear() - 1));
  const [touched, setTouched] = React.useState(false);
  const [indicator, setIndicator] = React.useState(ALL);
  const [created, setCreated] = React.useState<LkjipOutcome | null>(null);
  const [charts, setCharts] = React.useState<LkjipChartsOutcome | null>(null);
  const parsed = TahunSchema.safeParse(tahun);
  const tahunError = touched && !parsed.success ? w.tahunInvalid : undefined;

  const create = async () => {
    setTouched(true);
    if (!parsed.success || action.busy || !info.inExcel) return;
    setCreated(null);
    setCharts(null);
    await action.run(
      async (call) => {
        const r = await call(() => host.createLkjip(parsed.data));
        if (r?.ok) setCreated(r.value);
      },
      { announce: w.creating, focus: true }
    );
  };

  const addCharts = async () => {
    setTouched(true);
    if (!parsed.success || action.busy || !info.inExcel) return;
    setCharts(null);
    await action.run(
      async (call) => {
        const r = await call(() =>
          host.addLkjipCharts(parsed.data, indicator === ALL ? undefined : indicator)
        );
        if (r?.ok) setCharts(r.value);
      },
      { announce: w.chartsAdding, focus: true }
    );
  };

  const disabled = !info.inExcel;
  return (
    <section className={styles.section} aria-labelledby="lkjip-heading">
      <Text as="h3" weight="semibold" id="lkjip-heading">
        {w.heading}
      </Text>
      <Text size={200} className={styles.muted}>
        {w.intro}
      </Text>
      <Field
        label={w.tahunLabel}
        hint={w.tahunHint}
        validationState={tahunError ? "error" : "none"}
        validationMessage={tahunError}
      >
        <Input
          className={styles.input}
          name="lkjip-tahun"
          inputMode="numeric"
          autoComplete="off"
          value={tahun}
          onChange={(_, d) => setTahun(d.value)}
          onBlur={() => setTouched(true)}
        />
      </Field>
      <div className={styles.row}>
        <Button
          className={styles.wrapButton}
          disabled={disabled}
          disabledFocusable={action.busy && !disabled}
          onClick={() => void create()}
        >
          {w.create}
        </Button>
      </div>
      <Field label={w.chartIndicator}>
        <Select
          className={styles.input}
          value={indicator}
          onChange={(_, d) => setIndicator(d.value)}
        >
          <option value={ALL}>{w.chartAll}</option>
          {CATALOGUE.indicators.map((i) => (
            <option key={i.code} value={i.code}>
              {i.code}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button
          className={styles.wrapButton}
          disabled={disabled}
          disabledFocusable={action.busy && !disabled}
          onClick={() => void addCharts()}
        >
          {w.charts}
        </Button>
        {action.busy ? <Spinner size="tiny" /> : null}
      </div>
      <div ref={resultRef} tabIndex={-1} className={styles.result} data-testid="lkjip-result">
        {created ? <SuccessBar title={t.successTitle}>{w.created(created)}</SuccessBar> : null}
        {charts ? (
          <SuccessBar title={t.successTitle}>
            {w.chartsAdded({ count: charts.added, replaced: charts.replaced })}
          </SuccessBar>
        ) : null}
        {action.problem ? <ProblemBar t={t} problem={action.problem} /> : null}
      </div>
    </section>
  );
}
