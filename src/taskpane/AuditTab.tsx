import * as React from "react";
import {
  Button,
  Link,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CATALOGUE, findIndicator } from "../core/catalogue";
import type { Finding, Severity } from "../core/grid";
import { ALL_RULES } from "../core/report";
import type { CheckOutcome, HostApi, HostInfo, HostProblem, ReportOutcome } from "../office/api";
import type { Strings } from "./i18n";
import {
  ProblemBar,
  SeverityBadge,
  SuccessBar,
  countSeverities,
  describeError,
  formatTime,
  useStyles,
} from "./components";

const SEVERITIES: readonly Severity[] = ["error", "warning"];

const useLocalStyles = makeStyles({
  scroller: {
    overflowX: "auto",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Fixed column widths: the pane is narrow, so the table scrolls sideways instead of wrapping
  // every message and formula into a tall column.
  table: {
    width: "1060px",
  },
  colSheet: { width: "90px" },
  colCell: { width: "56px" },
  colIndicator: { width: "70px" },
  colRule: { width: "150px" },
  colSeverity: { width: "104px" },
  colMessage: { width: "270px" },
  colFormula: { width: "320px" },
  row: {
    cursor: "pointer",
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    wordBreak: "break-all",
  },
  formulaLabel: {
    fontWeight: tokens.fontWeightSemibold,
  },
  cellText: {
    wordBreak: "break-word",
  },
});

export interface AuditTabProps {
  host: HostApi;
  info: HostInfo;
  t: Strings;
}

export function AuditTab({ host, info, t }: AuditTabProps): React.ReactElement {
  const styles = useStyles();
  const local = useLocalStyles();
  const [running, setRunning] = React.useState(false);
  const [writing, setWriting] = React.useState(false);
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [problem, setProblem] = React.useState<HostProblem | null>(null);
  const [report, setReport] = React.useState<ReportOutcome | null>(null);
  const [shown, setShown] = React.useState<Record<Severity, boolean>>({
    error: true,
    warning: true,
  });

  const runAudit = async () => {
    if (running || !info.inExcel) return;
    setRunning(true);
    setProblem(null);
    setReport(null);
    try {
      const r = await host.audit();
      if (r.ok) setOutcome(r.value);
      else setProblem(r.problem);
    } catch (e) {
      setProblem({ code: "unknown", detail: describeError(e) });
    } finally {
      setRunning(false);
    }
  };

  const writeReport = async () => {
    if (!outcome || writing || !info.inExcel) return;
    setWriting(true);
    setProblem(null);
    setReport(null);
    try {
      const r = await host.writeAuditReport(outcome);
      if (r.ok) setReport(r.value);
      else setProblem(r.problem);
    } catch (e) {
      setProblem({ code: "unknown", detail: describeError(e) });
    } finally {
      setWriting(false);
    }
  };

  const select = async (f: Finding) => {
    try {
      const r = await host.selectCell(f.sheet, f.cell);
      if (!r.ok) setProblem(r.problem);
    } catch (e) {
      setProblem({ code: "unknown", detail: describeError(e) });
    }
  };

  const findings = outcome?.findings ?? [];
  const counts = countSeverities(findings);
  const visible = findings.filter((f) => shown[f.severity]);

  return (
    <section className={styles.section} aria-labelledby="audit-heading">
      <h2 id="audit-heading" className={styles.heading}>
        {t.auditHeading}
      </h2>
      <Text className={styles.muted}>{t.auditIntro}</Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={running || writing || !info.inExcel}
          onClick={() => void runAudit()}
        >
          {t.auditButton}
        </Button>
        <Button
          disabled={!outcome || running || writing || !info.inExcel}
          onClick={() => void writeReport()}
        >
          {t.writeReport}
        </Button>
        {running ? <Spinner size="tiny" label={t.auditing} /> : null}
        {writing ? <Spinner size="tiny" label={t.writingReport} /> : null}
      </div>
      <div aria-live="polite">
        {problem ? <ProblemBar t={t} problem={problem} /> : null}
        {report ? <SuccessBar title={t.successTitle}>{t.reportWritten(report)}</SuccessBar> : null}
        {outcome && findings.length === 0 ? (
          <SuccessBar title={t.noProblemsTitle}>{t.auditNoFindings}</SuccessBar>
        ) : null}
        {outcome && findings.length > 0 ? (
          <Text as="p" data-testid="audit-summary">
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
        <>
          <div role="group" aria-labelledby="audit-filter-label" className={styles.row}>
            <Text id="audit-filter-label">{t.filterLabel}:</Text>
            {SEVERITIES.map((s) => (
              <ToggleButton
                key={s}
                size="small"
                checked={shown[s]}
                onClick={() => setShown((v) => ({ ...v, [s]: !v[s] }))}
              >
                {t.filterOption(s, counts[s])}
              </ToggleButton>
            ))}
          </div>
          {visible.length === 0 ? (
            <Text>{t.auditFilteredEmpty}</Text>
          ) : (
            // Focusable so keyboard users can scroll the wide table in a narrow pane.
            <div
              className={local.scroller}
              tabIndex={0}
              role="region"
              aria-label={t.auditTableLabel}
            >
              <Table size="small" className={local.table} aria-label={t.auditTableLabel}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={local.colSheet}>{t.columns.sheet}</TableHeaderCell>
                    <TableHeaderCell className={local.colCell}>{t.columns.cell}</TableHeaderCell>
                    <TableHeaderCell className={local.colIndicator}>
                      {t.columns.indicator}
                    </TableHeaderCell>
                    <TableHeaderCell className={local.colRule}>{t.columns.rule}</TableHeaderCell>
                    <TableHeaderCell className={local.colSeverity}>
                      {t.columns.severity}
                    </TableHeaderCell>
                    <TableHeaderCell className={local.colMessage}>
                      {t.columns.message}
                    </TableHeaderCell>
                    <TableHeaderCell className={local.colFormula}>
                      {t.columns.formula}
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {visible.map((f, i) => {
                    const indicator = f.indicator
                      ? findIndicator(f.indicator, CATALOGUE)
                      : undefined;
                    return (
                      <TableRow
                        key={`${f.sheet}!${f.cell}:${f.rule}:${i}`}
                        className={local.row}
                        data-severity={f.severity}
                        onClick={() => void select(f)}
                      >
                        <TableCell className={local.cellText}>{f.sheet}</TableCell>
                        <TableCell>
                          <Link
                            as="button"
                            onClick={(e) => {
                              // The row handles the click; the link is for keyboard users.
                              e.stopPropagation();
                              void select(f);
                            }}
                          >
                            {f.cell}
                          </Link>
                        </TableCell>
                        <TableCell>
                          {f.indicator ? <span title={indicator?.name}>{f.indicator}</span> : "–"}
                        </TableCell>
                        <TableCell className={local.cellText}>
                          <span title={f.rule}>{ALL_RULES[f.rule]?.label ?? f.rule}</span>
                        </TableCell>
                        <TableCell>
                          <SeverityBadge t={t} severity={f.severity} />
                        </TableCell>
                        <TableCell className={local.cellText}>{f.message}</TableCell>
                        <TableCell>
                          <div className={local.formula}>
                            {f.current !== undefined ? (
                              <div>
                                <span className={local.formulaLabel}>{t.currentFormula}:</span>{" "}
                                <code>{f.current}</code>
                              </div>
                            ) : null}
                            {f.expected !== undefined ? (
                              <div>
                                <span className={local.formulaLabel}>{t.expectedFormula}:</span>{" "}
                                <code>{f.expected}</code>
                              </div>
                            ) : null}
                          </div>
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
