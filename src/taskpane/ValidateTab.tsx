import * as React from "react";
import { Button, Spinner, Switch, Text } from "@fluentui/react-components";
import type { Finding } from "../core/grid";
import type { CheckOutcome, HostApi, HostInfo, HostProblem, ReadProgress } from "../office/api";
import type { Strings } from "./i18n";
import {
  ProblemBar,
  SuccessBar,
  countSeverities,
  describeError,
  formatTime,
  settle,
  useStyles,
} from "./components";
import { FindingsView, findingKeys } from "./Findings";
import { useAnnounce } from "./status";

export { groupByIndicator } from "./Findings";
export type { FindingGroup } from "./Findings";

/** Quiet time after the last change before the automatic re-check runs. */
export const AUTO_CHECK_DEBOUNCE_MS = 800;

export interface ValidateTabProps {
  host: HostApi;
  info: HostInfo;
  t: Strings;
}

/** What changed between two checks: problems gone and problems new, by their stable keys. */
function difference(before: readonly Finding[], after: readonly Finding[]) {
  const old = new Set(findingKeys(before).values());
  const now = new Set(findingKeys(after).values());
  let fixed = 0;
  let added = 0;
  for (const k of old) if (!now.has(k)) fixed += 1;
  for (const k of now) if (!old.has(k)) added += 1;
  return { fixed, added };
}

export function ValidateTab({ host, info, t }: ValidateTabProps): React.ReactElement {
  const styles = useStyles();
  const announce = useAnnounce();
  const [running, setRunning] = React.useState(false);
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [problem, setProblem] = React.useState<HostProblem | null>(null);
  const [auto, setAuto] = React.useState(false);
  // Cells read of a large workbook (read in batches); null until the host reports one.
  const [progress, setProgress] = React.useState<ReadProgress | null>(null);
  const resultRef = React.useRef<HTMLDivElement>(null);
  const outcomeRef = React.useRef<CheckOutcome | null>(null);
  outcomeRef.current = outcome;

  // A change that arrives while a check runs triggers one more check afterwards.
  const runningRef = React.useRef(false);
  const pendingRef = React.useRef(false);
  const mountedRef = React.useRef(true);
  React.useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
    };
  }, []);

  /** `byUser`: the button was pressed (focus goes to the result); else an automatic re-check. */
  const run = React.useCallback(
    async (byUser: boolean): Promise<void> => {
      if (runningRef.current) {
        pendingRef.current = true;
        return;
      }
      runningRef.current = true;
      setRunning(true);
      // An old problem must not stand while the new check runs.
      setProblem(null);
      setProgress(null);
      if (byUser) announce(t.validating);
      try {
        do {
          pendingRef.current = false;
          const before = outcomeRef.current;
          const r = await settle(() => host.validate(setProgress));
          if (!mountedRef.current) return;
          if (r.ok) {
            setOutcome(r.value);
            outcomeRef.current = r.value;
            setProblem(null);
            if (!byUser && before) {
              const { fixed, added } = difference(before.findings, r.value.findings);
              // Only changes are announced; the same result again says nothing.
              if (fixed + added > 0) {
                const c = countSeverities(r.value.findings);
                announce(t.autoCheckChanged(fixed, added, c.error, c.warning));
              }
            }
          } else {
            setProblem(r.problem);
          }
        } while (pendingRef.current);
      } catch (e) {
        if (mountedRef.current) setProblem({ code: "unknown", detail: describeError(e) });
      } finally {
        runningRef.current = false;
        if (mountedRef.current) {
          setRunning(false);
          if (byUser) {
            announce("");
            // After React has rendered the result.
            setTimeout(() => resultRef.current?.focus(), 0);
          }
        }
      }
    },
    [host, announce, t]
  );

  const runRef = React.useRef(run);
  runRef.current = run;

  // Automatic re-check: subscribe while the switch is on, debounce the change events.
  React.useEffect(() => {
    if (!auto) return undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => Promise<void>) | undefined;
    const release = (off: () => Promise<void>) => {
      off().catch(() => undefined); // the pane is closing or the subscription is already gone
    };
    const onChanged = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void runRef.current(false);
      }, AUTO_CHECK_DEBOUNCE_MS);
    };
    host.onSheetChanged(onChanged).then(
      (r) => {
        if (!r.ok) {
          if (!cancelled) {
            setProblem(r.problem);
            setAuto(false);
          }
          return;
        }
        if (cancelled) {
          release(r.value);
          return;
        }
        unsubscribe = r.value;
        void runRef.current(false);
      },
      (e: unknown) => {
        if (!cancelled) {
          setProblem({ code: "unknown", detail: describeError(e) });
          setAuto(false);
        }
      }
    );
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
      if (unsubscribe) release(unsubscribe);
    };
  }, [auto, host]);

  const select = React.useCallback(
    async (f: Finding) => {
      const r = await settle(() => host.selectCell(f.sheet, f.cell));
      if (!r.ok) setProblem(r.problem);
    },
    [host]
  );

  const findings = outcome?.findings ?? [];
  const totals = countSeverities(findings);

  return (
    <section className={styles.section} aria-labelledby="validate-heading">
      <h2 id="validate-heading" className={styles.heading}>
        {t.validateHeading}
      </h2>
      <Text className={styles.muted}>{t.validateIntro}</Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          className={styles.wrapButton}
          disabled={!info.inExcel}
          // Focus stays on the button while it runs; the result takes it afterwards.
          disabledFocusable={running && info.inExcel}
          onClick={() => void run(true)}
        >
          {t.validateButton}
        </Button>
        {running ? (
          <Spinner size="tiny" label={progress ? t.readProgress(progress) : t.validating} />
        ) : null}
      </div>
      <div>
        <Switch
          label={t.autoCheck}
          checked={auto}
          disabled={!info.inExcel}
          aria-describedby="auto-check-hint"
          onChange={(_, d) => setAuto(d.checked)}
        />
        <Text id="auto-check-hint" block size={200} className={styles.muted}>
          {t.autoCheckHint}
        </Text>
      </div>
      <div ref={resultRef} tabIndex={-1} className={styles.result} data-testid="validate-result">
        {problem ? <ProblemBar t={t} problem={problem} /> : null}
        {outcome && findings.length === 0 ? (
          <SuccessBar title={t.noProblemsTitle}>{t.noProblemsBody(outcome.sheets)}</SuccessBar>
        ) : null}
        {outcome && findings.length > 0 ? (
          <Text as="p" className={styles.summary} data-testid="validate-summary">
            {t.checkSummary(
              totals.error,
              totals.warning,
              outcome.sheets,
              formatTime(outcome.checkedAt, t.locale)
            )}
          </Text>
        ) : null}
      </div>
      {outcome && findings.length > 0 ? (
        <FindingsView
          t={t}
          id="validate"
          label={t.validateListLabel}
          findings={findings}
          onSelect={(f) => void select(f)}
        />
      ) : null}
    </section>
  );
}
