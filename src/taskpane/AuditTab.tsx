import * as React from "react";
import { Button, Spinner } from "@fluentui/react-components";
import type { Finding } from "../core/grid";
import type { CheckOutcome, HostApi, HostInfo, ReportOutcome } from "../office/api";
import type { Strings } from "./i18n";
import { ProblemBar, SuccessBar, TabHeading, useStyles } from "./components";
import { FindingsView } from "./Findings";
import { CheckSummary } from "./CheckSummary";
import { useHostAction } from "./useHostAction";

export interface AuditTabProps {
  host: HostApi;
  info: HostInfo;
  t: Strings;
}

export function AuditTab({ host, info, t }: AuditTabProps): React.ReactElement {
  const styles = useStyles();
  const resultRef = React.useRef<HTMLDivElement>(null);
  const action = useHostAction(resultRef);
  const { setProblem } = action;
  // Which action runs (while action.busy): the audit or the report write.
  const [which, setWhich] = React.useState<"audit" | "report">("audit");
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [report, setReport] = React.useState<ReportOutcome | null>(null);
  const busy = action.busy;

  const runAudit = () => {
    if (busy || !info.inExcel) return;
    setWhich("audit");
    setReport(null);
    void action.run(
      async (call) => {
        const r = await call((onProgress) => host.audit(onProgress));
        if (r?.ok) setOutcome(r.value);
      },
      { announce: t.auditing, focus: true }
    );
  };

  const writeReport = () => {
    if (!outcome || busy || !info.inExcel) return;
    setWhich("report");
    setReport(null);
    void action.run(
      async (call) => {
        const r = await call(() => host.writeAuditReport(outcome));
        if (r?.ok) setReport(r.value);
      },
      { announce: t.writingReport, focus: true }
    );
  };

  const select = React.useCallback(
    async (f: Finding) => {
      const r = await host.selectCell(f.sheet, f.cell);
      if (!r.ok) setProblem(r.problem);
    },
    [host, setProblem]
  );

  const findings = outcome?.findings ?? [];

  return (
    <section className={styles.section} aria-labelledby="audit-heading">
      <TabHeading id="audit-heading" title={t.auditHeading} intro={t.auditIntro} />
      <div className={styles.row}>
        <Button
          appearance="primary"
          className={styles.wrapButton}
          disabled={!info.inExcel}
          disabledFocusable={busy && info.inExcel}
          onClick={runAudit}
        >
          {t.auditButton}
        </Button>
        <Button
          className={styles.wrapButton}
          disabled={!outcome || !info.inExcel}
          disabledFocusable={busy && info.inExcel && outcome !== null}
          onClick={writeReport}
        >
          {t.writeReport}
        </Button>
        {busy && which === "audit" ? (
          <Spinner
            size="tiny"
            label={action.progress ? t.readProgress(action.progress) : t.auditing}
          />
        ) : null}
        {busy && which === "report" ? <Spinner size="tiny" label={t.writingReport} /> : null}
      </div>
      <div ref={resultRef} tabIndex={-1} className={styles.result} data-testid="audit-result">
        {action.problem ? <ProblemBar t={t} problem={action.problem} /> : null}
        {report ? <SuccessBar title={t.successTitle}>{t.reportWritten(report)}</SuccessBar> : null}
        {outcome && findings.length === 0 ? (
          <SuccessBar title={t.noProblemsTitle}>
            {t.auditNoFindings}
            {outcome.catalogue ? ` ${t.checkedWith(outcome.catalogue)}` : null}
          </SuccessBar>
        ) : null}
        {outcome && findings.length > 0 ? (
          <CheckSummary t={t} outcome={outcome} testId="audit-summary" />
        ) : null}
      </div>
      {outcome && findings.length > 0 ? (
        <FindingsView
          t={t}
          id="audit"
          label={t.auditListLabel}
          findings={findings}
          formulas
          onSelect={(f) => void select(f)}
        />
      ) : null}
    </section>
  );
}
