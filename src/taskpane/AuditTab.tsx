import * as React from "react";
import {
  Button,
  Link,
  Spinner,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CATALOGUE, findIndicator } from "../core/catalogue";
import type { Finding, Severity } from "../core/grid";
import { ALL_RULES } from "../core/report";
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
  SeverityBadge,
  SuccessBar,
  countSeverities,
  describeError,
  formatTime,
  settle,
  useStyles,
} from "./components";

const SEVERITIES: readonly Severity[] = ["error", "warning"];

const useLocalStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    paddingLeft: 0,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // One finding per item, stacked: the pane is 320–400 px wide, so nothing sits side by side
  // except the short first line, which wraps when it has to.
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    cursor: "pointer",
    // Lighter than the formula box, which must stay visible on hover.
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground2,
    },
  },
  firstLine: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
  separator: {
    color: tokens.colorNeutralForeground3,
  },
  message: {
    overflowWrap: "anywhere",
  },
  formulas: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  formulaLabel: {
    fontWeight: tokens.fontWeightSemibold,
  },
  // Formulas have no spaces to break at; break anywhere rather than scroll sideways.
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    wordBreak: "break-all",
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
  // Cells read of a large workbook (read in batches); null until the host reports one.
  const [progress, setProgress] = React.useState<ReadProgress | null>(null);
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
    setProgress(null);
    setProblem(null);
    setReport(null);
    try {
      const r = await host.audit(setProgress);
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
    const r = await settle(() => host.selectCell(f.sheet, f.cell));
    if (!r.ok) setProblem(r.problem);
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
        {running ? (
          <Spinner size="tiny" label={progress ? t.readProgress(progress) : t.auditing} />
        ) : null}
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
            <ul role="list" className={local.list} aria-label={t.auditListLabel}>
              {visible.map((f, i) => {
                const indicator = f.indicator ? findIndicator(f.indicator, CATALOGUE) : undefined;
                return (
                  // The whole item is a mouse target; the cell link is its keyboard equivalent.
                  <li
                    key={`${f.sheet}!${f.cell}:${f.rule}:${i}`}
                    className={local.item}
                    data-severity={f.severity}
                    onClick={() => {
                      // Dragging over a formula to copy it must not move Excel's selection.
                      if (window.getSelection()?.toString()) return;
                      void select(f);
                    }}
                  >
                    <span className={local.firstLine}>
                      <SeverityBadge t={t} severity={f.severity} />
                      <Link
                        as="button"
                        data-part="cell"
                        onClick={(e) => {
                          e.stopPropagation();
                          void select(f);
                        }}
                      >
                        {`${f.sheet}!${f.cell}`}
                      </Link>
                      {f.indicator ? (
                        <>
                          <span className={local.separator} aria-hidden="true">
                            ·
                          </span>
                          <span data-part="indicator" title={indicator?.name}>
                            {f.indicator}
                          </span>
                        </>
                      ) : null}
                      <span className={local.separator} aria-hidden="true">
                        ·
                      </span>
                      <span data-part="rule" lang="id" title={f.rule}>
                        {ALL_RULES[f.rule]?.label ?? f.rule}
                      </span>
                    </span>
                    <Text data-part="message" lang="id" className={local.message}>
                      {f.message}
                    </Text>
                    {f.current !== undefined || f.expected !== undefined ? (
                      <div data-part="formulas" className={local.formulas}>
                        {f.current !== undefined ? (
                          <div>
                            <span className={local.formulaLabel}>{t.currentFormula}:</span>{" "}
                            <code className={local.formula}>{f.current}</code>
                          </div>
                        ) : null}
                        {f.expected !== undefined ? (
                          <div>
                            <span className={local.formulaLabel}>{t.expectedFormula}:</span>{" "}
                            <code className={local.formula}>{f.expected}</code>
                          </div>
                        ) : null}
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
