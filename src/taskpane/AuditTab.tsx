import * as React from "react";
import { Button, Spinner, Text } from "@fluentui/react-components";
import type { Finding } from "../core/grid";
import type {
  CheckOutcome,
  HostApi,
  HostInfo,
  HostProblem,
  ReadProgress,
  ReportOutcome,
} from "../office/api";
import type { Strings } from "./i18n";
import {
  ProblemBar,
  SuccessBar,
  countSeverities,
  formatTime,
  settle,
  useStyles,
} from "./components";
import { FindingsView } from "./Findings";
import { useAnnounce } from "./status";

export interface AuditTabProps {
  host: HostApi;
  info: HostInfo;
  t: Strings;
}

export function AuditTab({ host, info, t }: AuditTabProps): React.ReactElement {
  const styles = useStyles();
  const announce = useAnnounce();
  const [running, setRunning] = React.useState(false);
  const [writing, setWriting] = React.useState(false);
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [problem, setProblem] = React.useState<HostProblem | null>(null);
  const [report, setReport] = React.useState<ReportOutcome | null>(null);
  // Cells read of a large workbook (read in batches); null until the host reports one.
  const [progress, setProgress] = React.useState<ReadProgress | null>(null);
  const resultRef = React.useRef<HTMLDivElement>(null);
  const busy = running || writing;

  /** Runs an action with its progress announced, then hands focus to the result. */
  const act = async (progress: string, body: () => Promise<void>) => {
    setProblem(null);
    setProgress(null);
    setReport(null);
    announce(progress);
    await body();
    announce("");
    setTimeout(() => resultRef.current?.focus(), 0);
  };

  const runAudit = () => {
    if (busy || !info.inExcel) return;
    setRunning(true);
    void act(t.auditing, async () => {
      const r = await settle(() => host.audit(setProgress));
      if (r.ok) setOutcome(r.value);
      else setProblem(r.problem);
      setRunning(false);
    });
  };

  const writeReport = () => {
    if (!outcome || busy || !info.inExcel) return;
    setWriting(true);
    void act(t.writingReport, async () => {
      const r = await settle(() => host.writeAuditReport(outcome));
      if (r.ok) setReport(r.value);
      else setProblem(r.problem);
      setWriting(false);
    });
  };

  const select = React.useCallback(
    async (f: Finding) => {
      const r = await settle(() => host.selectCell(f.sheet, f.cell));
      if (!r.ok) setProblem(r.problem);
    },
    [host]
  );

  const findings = outcome?.findings ?? [];
  const counts = countSeverities(findings);

  return (
    <section className={styles.section} aria-labelledby="audit-heading">
      <h2 id="audit-heading" className={styles.heading}>
        {t.auditHeading}
      </h2>
      <Text className={styles.muted}>{t.auditIntro}</Text>
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
        {running ? (
          <Spinner size="tiny" label={progress ? t.readProgress(progress) : t.auditing} />
        ) : null}
        {writing ? <Spinner size="tiny" label={t.writingReport} /> : null}
      </div>
      <div ref={resultRef} tabIndex={-1} className={styles.result} data-testid="audit-result">
        {problem ? <ProblemBar t={t} problem={problem} /> : null}
        {report ? <SuccessBar title={t.successTitle}>{t.reportWritten(report)}</SuccessBar> : null}
        {outcome && findings.length === 0 ? (
          <SuccessBar title={t.noProblemsTitle}>{t.auditNoFindings}</SuccessBar>
        ) : null}
        {outcome && findings.length > 0 ? (
          <Text as="p" className={styles.summary} data-testid="audit-summary">
            {t.checkSummary(
              counts.error,
              counts.warning,
              outcome.sheets,
              formatTime(outcome.checkedAt, t.locale)
            )}
          </Text>
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
