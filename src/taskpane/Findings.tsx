import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  Badge,
  Button,
  Link,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CATALOGUE, findIndicator } from "../core/catalogue";
import type { Finding, Severity } from "../core/grid";
import type { Strings } from "./i18n";
import { countSeverities } from "./components";
import { indicatorName, ruleLabel } from "./labels";
import { useAnnounce } from "./status";

/*
 * The findings of Periksa Data and Audit Rumus, one component for both: a severity filter,
 * groups per indicator that open and close, previous/next problem, and one tab stop for the
 * whole list (arrow keys move between findings). It updates in place: an automatic re-check
 * keeps the open groups, the filter and the focused finding.
 */

const SEVERITIES: readonly Severity[] = ["error", "warning"];
export const OTHER_GROUP = "__other__";

export interface FindingGroup {
  /** Indicator code, or OTHER_GROUP for findings not tied to an indicator. */
  key: string;
  findings: Finding[];
}

/** A severity, or a count of findings of one severity, as a badge. */
export function SeverityBadge(props: {
  t: Strings;
  severity: Severity;
  count?: number;
}): React.ReactElement {
  const label =
    props.count === undefined
      ? props.t.severity[props.severity]
      : props.t.severityCount(props.severity, props.count);
  return (
    <Badge
      appearance={props.severity === "error" ? "filled" : "tint"}
      color={props.severity === "error" ? "danger" : "warning"}
      shape="rounded"
    >
      {label}
    </Badge>
  );
}

/** Groups findings by indicator, in the catalogue's order; findings without one come last. */
export function groupByIndicator(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.indicator ?? OTHER_GROUP;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const rank = (key: string): number => {
    if (key === OTHER_GROUP) return Number.MAX_SAFE_INTEGER;
    const ind = findIndicator(key, CATALOGUE);
    return ind ? ind.order : Number.MAX_SAFE_INTEGER - 1;
  };
  return [...groups.entries()]
    .map(([key, list]) => ({ key, findings: list }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

/** A stable key per finding (the same problem keeps its key across re-checks). */
export function findingKeys(findings: readonly Finding[]): Map<Finding, string> {
  const seen = new Map<string, number>();
  const keys = new Map<Finding, string>();
  for (const f of findings) {
    const base = `${f.sheet}!${f.cell}|${f.rule}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    keys.set(f, n === 0 ? base : `${base}#${n}`);
  }
  return keys;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  // The pane may be 160 CSS px wide (320 px at 200 % zoom): buttons wrap their text.
  wrapButton: {
    minWidth: 0,
    maxWidth: "100%",
    height: "auto",
    minHeight: "32px",
    whiteSpace: "normal",
    textAlign: "start",
  },
  box: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "14px",
    height: "14px",
    flexShrink: 0,
    border: `${tokens.strokeWidthThin} solid currentColor`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: "12px",
    lineHeight: "12px",
  },
  muted: {
    color: tokens.colorNeutralForeground2,
  },
  caption: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  groupTitle: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
    overflowWrap: "anywhere",
    textAlign: "start",
  },
  header: {
    // Long indicator names wrap instead of widening the pane.
    "& button": { height: "auto", minHeight: "44px", whiteSpace: "normal", minWidth: 0 },
  },
  panel: {
    marginLeft: tokens.spacingHorizontalM,
    marginRight: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    paddingLeft: 0,
    display: "flex",
    flexDirection: "column",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    cursor: "pointer",
    minWidth: 0,
    ":hover": { backgroundColor: tokens.colorNeutralBackground2 },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground2,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    "@media (forced-colors: active)": { outline: "2px solid Highlight" },
  },
  firstLine: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
  // A real link look (underlined, LinkText in forced colours) and a 32 px target.
  cell: {
    minHeight: "32px",
    minWidth: "32px",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: "underline",
    "@media (forced-colors: active)": { color: "LinkText", forcedColorAdjust: "none" },
  },
  separator: { color: tokens.colorNeutralForeground3 },
  message: { overflowWrap: "anywhere" },
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
    "@media (forced-colors: active)": { border: "1px solid CanvasText" },
  },
  formulaLabel: { fontWeight: tokens.fontWeightSemibold },
  // Formulas have no spaces to break at; break anywhere rather than scroll sideways.
  formula: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
});

export interface FindingsViewProps {
  t: Strings;
  findings: readonly Finding[];
  /** Prefix of element ids ("validate", "audit"). */
  id: string;
  /** Accessible name of the list. */
  label: string;
  onSelect(f: Finding): void;
  /** Audit findings show the current and expected formula. */
  formulas?: boolean;
}

export function FindingsView(props: FindingsViewProps): React.ReactElement {
  const { t, findings, id } = props;
  const styles = useStyles();
  const announce = useAnnounce();
  const [shown, setShown] = React.useState<Record<Severity, boolean>>({
    error: true,
    warning: true,
  });
  const [collapsed, setCollapsed] = React.useState<ReadonlySet<string>>(new Set());
  const [activeKey, setActiveKey] = React.useState<string | null>(null);
  const [walked, setWalked] = React.useState<string | null>(null);

  const keys = React.useMemo(() => findingKeys(findings), [findings]);
  const counts = countSeverities(findings);
  const visible = React.useMemo(() => findings.filter((f) => shown[f.severity]), [findings, shown]);
  const groups = React.useMemo(() => groupByIndicator(visible), [visible]);
  const flat = React.useMemo(() => groups.flatMap((g) => g.findings), [groups]);
  const flatKeys = React.useMemo(() => flat.map((f) => keys.get(f) as string), [flat, keys]);
  const sheets = React.useMemo(() => [...new Set(visible.map((f) => f.sheet))], [visible]);
  const oneSheet = sheets.length === 1 ? sheets[0] : null;

  // The roving tab stop: the active finding, or the one now at its place when it went away.
  const lastIndex = React.useRef(0);
  let rovingKey = activeKey !== null && flatKeys.includes(activeKey) ? activeKey : null;
  if (rovingKey === null && flatKeys.length > 0) {
    rovingKey = flatKeys[Math.min(lastIndex.current, flatKeys.length - 1)];
  }
  if (rovingKey !== null) lastIndex.current = flatKeys.indexOf(rovingKey);

  const buttons = React.useRef(new Map<string, HTMLButtonElement>());
  const focusInList = React.useRef(false);
  const pendingFocus = React.useRef<string | null>(null);
  const pendingScroll = React.useRef<string | null>(null);

  // After an update (auto-check, filter), a focused finding that went away hands focus to the
  // finding now in its place instead of dropping it to <body>.
  React.useLayoutEffect(() => {
    const scrollTo = pendingScroll.current;
    if (scrollTo !== null) {
      pendingScroll.current = null;
      buttons.current.get(scrollTo)?.scrollIntoView?.({ block: "nearest" });
    }
    const target = pendingFocus.current;
    if (target !== null) {
      pendingFocus.current = null;
      buttons.current.get(target)?.focus();
      return;
    }
    const active = document.activeElement;
    if (focusInList.current && (active === null || active === document.body) && rovingKey) {
      buttons.current.get(rovingKey)?.focus();
    }
  });

  const moveTo = (key: string, focus: boolean) => {
    const f = flat[flatKeys.indexOf(key)];
    const group = f?.indicator ?? OTHER_GROUP;
    if (collapsed.has(group)) {
      const next = new Set(collapsed);
      next.delete(group);
      setCollapsed(next);
    }
    setActiveKey(key);
    if (focus) {
      const button = buttons.current.get(key);
      if (button && !collapsed.has(group)) button.focus();
      else pendingFocus.current = key;
    }
  };

  const onKeyDown = (e: React.KeyboardEvent, key: string) => {
    const i = flatKeys.indexOf(key);
    let to = -1;
    if (e.key === "ArrowDown") to = Math.min(i + 1, flatKeys.length - 1);
    else if (e.key === "ArrowUp") to = Math.max(i - 1, 0);
    else if (e.key === "Home") to = 0;
    else if (e.key === "End") to = flatKeys.length - 1;
    if (to < 0) return;
    e.preventDefault();
    moveTo(flatKeys[to], true);
  };

  const walk = (step: 1 | -1) => {
    if (flatKeys.length === 0) return;
    const at = walked !== null ? flatKeys.indexOf(walked) : -1;
    const to =
      at < 0
        ? step === 1
          ? 0
          : flatKeys.length - 1
        : (at + step + flatKeys.length) % flatKeys.length;
    const key = flatKeys[to];
    const f = flat[to];
    setWalked(key);
    moveTo(key, false);
    pendingScroll.current = key;
    props.onSelect(f);
    announce(`${t.position(to + 1, flatKeys.length)}: ${f.cell}. ${f.message}`);
  };

  const toggle = (s: Severity) => {
    const next = { ...shown, [s]: !shown[s] };
    setShown(next);
    announce(t.shown(findings.filter((f) => next[f.severity]).length, findings.length));
  };

  const walkedIndex = walked !== null ? flatKeys.indexOf(walked) : -1;
  const filterId = `${id}-filter-label`;
  const lang = t.lang;

  return (
    <div className={styles.root} data-testid={`${id}-findings`}>
      <div className={styles.toolbar} role="group" aria-labelledby={filterId}>
        <Text id={filterId}>{t.filterLabel}:</Text>
        {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
          <ToggleButton
            key={s}
            size="small"
            appearance="outline"
            className={styles.wrapButton}
            checked={shown[s]}
            icon={
              <span className={styles.box} aria-hidden="true">
                {shown[s] ? "✓" : ""}
              </span>
            }
            onClick={() => toggle(s)}
          >
            {t.filterOption(s, counts[s])}
          </ToggleButton>
        ))}
      </div>
      <Text className={styles.muted} data-testid={`${id}-shown`}>
        {t.shown(visible.length, findings.length)}
      </Text>
      {flat.length > 0 ? (
        <>
          <div className={styles.toolbar}>
            <Button
              size="small"
              className={styles.wrapButton}
              onClick={() => {
                setWalked(walked);
                walk(-1);
              }}
            >
              {`‹ ${t.previous}`}
            </Button>
            <Button size="small" className={styles.wrapButton} onClick={() => walk(1)}>
              {`${t.next} ›`}
            </Button>
            {walkedIndex >= 0 ? (
              <Text className={styles.muted}>{t.position(walkedIndex + 1, flat.length)}</Text>
            ) : null}
          </div>
          <div className={styles.toolbar}>
            <Button
              size="small"
              appearance="subtle"
              className={styles.wrapButton}
              onClick={() => setCollapsed(new Set())}
            >
              {t.expandAll}
            </Button>
            <Button
              size="small"
              appearance="subtle"
              className={styles.wrapButton}
              onClick={() => setCollapsed(new Set(groups.map((g) => g.key)))}
            >
              {t.collapseAll}
            </Button>
          </div>
          <Text size={200} className={styles.muted} id={`${id}-keys`}>
            {t.listKeysHint}
          </Text>
          {oneSheet !== null ? (
            <p className={styles.caption} data-testid={`${id}-sheet`}>
              {t.sheetCaption(oneSheet)}
            </p>
          ) : null}
          <div
            role="group"
            aria-label={props.label}
            onFocus={(e) => {
              if ((e.target as HTMLElement).dataset.part === "cell") focusInList.current = true;
            }}
            onBlur={(e) => {
              // Focus left for another element (not removed with its finding).
              if (e.relatedTarget !== null) focusInList.current = false;
            }}
          >
            <Accordion
              multiple
              collapsible
              openItems={groups.map((g) => g.key).filter((k) => !collapsed.has(k))}
              onToggle={(_, d) => {
                const key = String(d.value);
                const next = new Set(collapsed);
                if (next.has(key)) next.delete(key);
                else next.add(key);
                setCollapsed(next);
              }}
            >
              {groups.map((g) => {
                const title =
                  g.key === OTHER_GROUP ? { text: t.otherGroup } : indicatorName(g.key, lang);
                const c = countSeverities(g.findings);
                return (
                  <AccordionItem key={g.key} value={g.key} data-group={g.key}>
                    <AccordionHeader as="h3" className={styles.header}>
                      <span className={styles.groupTitle}>
                        <span>
                          {g.key !== OTHER_GROUP ? `${g.key} · ` : ""}
                          <span lang={title.lang}>{title.text}</span>
                        </span>
                        {c.error > 0 ? (
                          <SeverityBadge t={t} severity="error" count={c.error} />
                        ) : null}
                        {c.warning > 0 ? (
                          <SeverityBadge t={t} severity="warning" count={c.warning} />
                        ) : null}
                      </span>
                    </AccordionHeader>
                    {/* Closed groups are not rendered (Fluent's panel sets a boolean inert that
                        React 18 rejects), so their findings are no tab stops either. */}
                    {collapsed.has(g.key) ? null : (
                      <div className={styles.panel}>
                        {sheetRuns(g.findings).map((run) => (
                          <React.Fragment key={run.sheet}>
                            {oneSheet === null ? (
                              <p className={styles.caption}>{t.sheetCaption(run.sheet)}</p>
                            ) : null}
                            <ul className={styles.list}>
                              {run.findings.map((f) => {
                                const key = keys.get(f) as string;
                                const messageId = `${id}-msg-${flatKeys.indexOf(key)}`;
                                const rule = ruleLabel(f.rule, lang);
                                return (
                                  <li
                                    key={key}
                                    className={
                                      key === walked
                                        ? `${styles.item} ${styles.current}`
                                        : styles.item
                                    }
                                    data-severity={f.severity}
                                    data-key={key}
                                    onClick={() => {
                                      // Dragging over a text to copy it must not move Excel's selection.
                                      if (window.getSelection()?.toString()) return;
                                      setActiveKey(key);
                                      props.onSelect(f);
                                    }}
                                  >
                                    <span className={styles.firstLine}>
                                      <SeverityBadge t={t} severity={f.severity} />
                                      <Link
                                        as="button"
                                        data-part="cell"
                                        className={styles.cell}
                                        title={`${f.sheet}!${f.cell}`}
                                        aria-describedby={messageId}
                                        tabIndex={key === rovingKey ? 0 : -1}
                                        ref={(el: HTMLButtonElement | null) => {
                                          if (el) buttons.current.set(key, el);
                                          else buttons.current.delete(key);
                                        }}
                                        onFocus={() => setActiveKey(key)}
                                        onKeyDown={(e: React.KeyboardEvent) => onKeyDown(e, key)}
                                        onClick={(e: React.MouseEvent) => {
                                          e.stopPropagation();
                                          setActiveKey(key);
                                          props.onSelect(f);
                                        }}
                                      >
                                        {f.cell}
                                      </Link>
                                      <span className={styles.separator} aria-hidden="true">
                                        ·
                                      </span>
                                      <span data-part="rule" title={f.rule} lang={rule.lang}>
                                        {rule.text}
                                      </span>
                                    </span>
                                    <Text
                                      id={messageId}
                                      data-part="message"
                                      className={styles.message}
                                      lang={messageLang(f, lang)}
                                    >
                                      {f.message}
                                    </Text>
                                    {props.formulas &&
                                    (f.current !== undefined || f.expected !== undefined) ? (
                                      <div data-part="formulas" className={styles.formulas}>
                                        {f.current !== undefined ? (
                                          <div>
                                            <span className={styles.formulaLabel}>
                                              {t.currentFormula}:
                                            </span>{" "}
                                            <code className={styles.formula}>{f.current}</code>
                                          </div>
                                        ) : null}
                                        {f.expected !== undefined ? (
                                          <div>
                                            <span className={styles.formulaLabel}>
                                              {t.expectedFormula}:
                                            </span>{" "}
                                            <code className={styles.formula}>{f.expected}</code>
                                          </div>
                                        ) : null}
                                      </div>
                                    ) : null}
                                  </li>
                                );
                              })}
                            </ul>
                          </React.Fragment>
                        ))}
                      </div>
                    )}
                  </AccordionItem>
                );
              })}
            </Accordion>
          </div>
        </>
      ) : (
        <Text>{t.auditFilteredEmpty}</Text>
      )}
    </div>
  );
}

/** A message's language when it is not the pane's (the audit's messages are Indonesian only). */
function messageLang(f: Finding, lang: Strings["lang"]): "id" | "en" | undefined {
  const own = f.messageLang ?? "id";
  return own === lang ? undefined : own;
}

/** Consecutive findings of one sheet (findings come sorted by sheet). */
function sheetRuns(findings: readonly Finding[]): { sheet: string; findings: Finding[] }[] {
  const runs: { sheet: string; findings: Finding[] }[] = [];
  for (const f of findings) {
    const last = runs[runs.length - 1];
    if (last && last.sheet === f.sheet) last.findings.push(f);
    else runs.push({ sheet: f.sheet, findings: [f] });
  }
  return runs;
}
