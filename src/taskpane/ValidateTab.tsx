import * as React from "react";
import { Button, Spinner, Switch, Text } from "@fluentui/react-components";
import type { Finding } from "../core/grid";
import type { CheckOutcome, HostApi, HostInfo } from "../office/api";
import type { Strings } from "./i18n";
import { ProblemBar, SuccessBar, TabHeading, countSeverities, useStyles } from "./components";
import { FindingsView, findingKeys } from "./Findings";
import { useAnnounce } from "./status";
import { CheckSummary } from "./CheckSummary";
import { useHostAction } from "./useHostAction";

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
  const resultRef = React.useRef<HTMLDivElement>(null);
  const action = useHostAction(resultRef);
  const { isRunning, run: runAction, setProblem } = action;
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [auto, setAuto] = React.useState(false);
  const outcomeRef = React.useRef<CheckOutcome | null>(null);
  outcomeRef.current = outcome;
  // A change that arrives while a check runs triggers one more check afterwards.
  const pendingRef = React.useRef(false);

  /** `byUser`: the button was pressed (focus goes to the result); else an automatic re-check. */
  const run = React.useCallback(
    async (byUser: boolean): Promise<void> => {
      if (isRunning()) {
        pendingRef.current = true;
        return;
      }
      await runAction(
        async (call) => {
          do {
            pendingRef.current = false;
            const before = outcomeRef.current;
            const r = await call((onProgress) => host.validate(onProgress));
            if (!r) return; // the pane closed
            if (!r.ok) continue;
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
          } while (pendingRef.current);
        },
        byUser ? { announce: t.validating, focus: true } : {}
      );
    },
    [host, announce, t, isRunning, runAction, setProblem]
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
    void host.onSheetChanged(onChanged).then((r) => {
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
    });
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
      if (unsubscribe) release(unsubscribe);
    };
  }, [auto, host, setProblem]);

  const select = React.useCallback(
    async (f: Finding) => {
      const r = await host.selectCell(f.sheet, f.cell);
      if (!r.ok) setProblem(r.problem);
    },
    [host, setProblem]
  );

  const findings = outcome?.findings ?? [];

  return (
    <section className={styles.section} aria-labelledby="validate-heading">
      <TabHeading id="validate-heading" title={t.validateHeading} intro={t.validateIntro} />
      <div className={styles.row}>
        <Button
          appearance="primary"
          className={styles.wrapButton}
          disabled={!info.inExcel}
          // Focus stays on the button while it runs; the result takes it afterwards.
          disabledFocusable={action.busy && info.inExcel}
          onClick={() => void run(true)}
        >
          {t.validateButton}
        </Button>
        {action.busy ? (
          <Spinner
            size="tiny"
            label={action.progress ? t.readProgress(action.progress) : t.validating}
          />
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
        {action.problem ? <ProblemBar t={t} problem={action.problem} /> : null}
        {outcome && findings.length === 0 ? (
          <SuccessBar title={t.noProblemsTitle}>
            {t.noProblemsBody(outcome.sheets)}
            {outcome.catalogue ? ` ${t.checkedWith(outcome.catalogue)}` : null}
          </SuccessBar>
        ) : null}
        {outcome && findings.length > 0 ? (
          <CheckSummary t={t} outcome={outcome} testId="validate-summary" />
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
