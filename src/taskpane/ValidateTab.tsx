import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Link,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CATALOGUE, findIndicator } from "../core/catalogue";
import type { Finding } from "../core/grid";
import type { CheckOutcome, HostApi, HostInfo, HostProblem, ReadProgress } from "../office/api";
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

/** Quiet time after the last change before the automatic re-check runs. */
export const AUTO_CHECK_DEBOUNCE_MS = 800;

const OTHER = "__other__";

export interface FindingGroup {
  /** Indicator code, or OTHER for findings not tied to an indicator. */
  key: string;
  findings: Finding[];
}

/** Groups findings by indicator, in the catalogue's order; findings without one come last. */
export function groupByIndicator(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.indicator ?? OTHER;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const rank = (key: string): number => {
    if (key === OTHER) return Number.MAX_SAFE_INTEGER;
    const ind = findIndicator(key, CATALOGUE);
    return ind ? ind.order : Number.MAX_SAFE_INTEGER - 1;
  };
  return [...groups.entries()]
    .map(([key, list]) => ({ key, findings: list }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

const useLocalStyles = makeStyles({
  groupTitle: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    paddingLeft: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
});

export interface ValidateTabProps {
  host: HostApi;
  info: HostInfo;
  t: Strings;
}

export function ValidateTab({ host, info, t }: ValidateTabProps): React.ReactElement {
  const styles = useStyles();
  const local = useLocalStyles();
  const [running, setRunning] = React.useState(false);
  // Cells read of a large workbook (read in batches); null until the host reports one.
  const [progress, setProgress] = React.useState<ReadProgress | null>(null);
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [problem, setProblem] = React.useState<HostProblem | null>(null);
  const [auto, setAuto] = React.useState(false);

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

  const run = React.useCallback(async (): Promise<void> => {
    if (runningRef.current) {
      pendingRef.current = true;
      return;
    }
    runningRef.current = true;
    setRunning(true);
    setProgress(null);
    try {
      do {
        pendingRef.current = false;
        try {
          const r = await host.validate(setProgress);
          if (!mountedRef.current) return;
          if (r.ok) {
            setOutcome(r.value);
            setProblem(null);
          } else {
            setProblem(r.problem);
          }
        } catch (e) {
          if (!mountedRef.current) return;
          setProblem({ code: "unknown", detail: describeError(e) });
        }
      } while (pendingRef.current);
    } finally {
      runningRef.current = false;
      if (mountedRef.current) setRunning(false);
    }
  }, [host]);

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
        void runRef.current();
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
        void runRef.current();
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

  const select = async (f: Finding) => {
    const r = await settle(() => host.selectCell(f.sheet, f.cell));
    if (!r.ok) setProblem(r.problem);
  };

  const groups = React.useMemo(() => groupByIndicator(outcome?.findings ?? []), [outcome]);
  const totals = countSeverities(outcome?.findings ?? []);

  return (
    <section className={styles.section} aria-labelledby="validate-heading">
      <h2 id="validate-heading" className={styles.heading}>
        {t.validateHeading}
      </h2>
      <Text className={styles.muted}>{t.validateIntro}</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={running || !info.inExcel} onClick={() => void run()}>
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
      <div aria-live="polite">
        {problem ? <ProblemBar t={t} problem={problem} /> : null}
        {outcome && outcome.findings.length === 0 ? (
          <SuccessBar title={t.noProblemsTitle}>{t.noProblemsBody(outcome.sheets)}</SuccessBar>
        ) : null}
        {outcome && outcome.findings.length > 0 ? (
          <Text as="p" data-testid="validate-summary">
            {t.checkSummary(
              totals.error,
              totals.warning,
              outcome.sheets,
              formatTime(outcome.checkedAt, t.locale)
            )}
          </Text>
        ) : null}
      </div>
      {outcome && groups.length > 0 ? (
        <Accordion
          key={outcome.checkedAt}
          multiple
          collapsible
          defaultOpenItems={groups.map((g) => g.key)}
        >
          {groups.map((g) => {
            const indicator = g.key === OTHER ? undefined : findIndicator(g.key, CATALOGUE);
            const title =
              g.key === OTHER ? t.otherGroup : indicator ? `${g.key} · ${indicator.name}` : g.key;
            const counts = countSeverities(g.findings);
            return (
              <AccordionItem key={g.key} value={g.key} data-group={g.key}>
                <AccordionHeader as="h3">
                  <span className={local.groupTitle}>
                    <span>{title}</span>
                    {counts.error > 0 ? (
                      <SeverityBadge t={t} severity="error" count={counts.error} />
                    ) : null}
                    {counts.warning > 0 ? (
                      <SeverityBadge t={t} severity="warning" count={counts.warning} />
                    ) : null}
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={local.list}>
                    {g.findings.map((f, i) => (
                      <li key={`${f.sheet}!${f.cell}:${f.rule}:${i}`} className={local.item}>
                        <span className={styles.row}>
                          <Link as="button" onClick={() => void select(f)}>
                            {`${f.sheet}!${f.cell}`}
                          </Link>
                          <SeverityBadge t={t} severity={f.severity} />
                        </span>
                        <Text>{f.message}</Text>
                      </li>
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      ) : null}
    </section>
  );
}
