import * as React from "react";
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Severity } from "../core/grid";
import type { HostProblem } from "../office/api";
import type { Strings } from "./i18n";

export const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  detail: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    wordBreak: "break-word",
  },
  muted: {
    color: tokens.colorNeutralForeground2,
  },
  // The pane may be 160 CSS px wide (320 px at 200 % zoom): button labels wrap.
  wrapButton: {
    minWidth: 0,
    maxWidth: "100%",
    height: "auto",
    minHeight: "32px",
    whiteSpace: "normal",
  },
  // Focus lands here after an action (tabIndex -1): a visible ring, no tab stop.
  result: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
    ":empty": { display: "none" },
  },
  // Inputs fill the pane's width instead of a fixed one (200 % zoom, 320 px).
  input: {
    width: "100%",
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  summary: {
    margin: 0,
    overflowWrap: "anywhere",
  },
});

/** Turns anything thrown into a short technical detail line. */
export function describeError(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === "string") return e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** A tab's heading and the sentence that says what it does. */
export function TabHeading(props: {
  id: string;
  title: string;
  intro: string;
}): React.ReactElement {
  const styles = useStyles();
  return (
    <>
      <h2 id={props.id} className={styles.heading}>
        {props.title}
      </h2>
      <Text className={styles.muted}>{props.intro}</Text>
    </>
  );
}

/** A failed action in plain words, with the technical detail when there is one. */
export function ProblemBar(props: {
  t: Strings;
  problem: HostProblem;
  action?: React.ReactNode;
}): React.ReactElement {
  const styles = useStyles();
  const text = props.t.problem(props.problem);
  return (
    <MessageBar intent="error" layout="multiline" data-problem={props.problem.code}>
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle> {text.body}
        {props.problem.restored !== undefined ? (
          <Text data-testid="restore-state">
            {" "}
            {props.problem.restored
              ? props.t.restored(props.problem.sheet ?? "")
              : props.t.restoreFailed(props.problem.sheet ?? "")}
          </Text>
        ) : null}
        {props.problem.detail ? (
          <Text className={styles.detail}>{props.t.detail(props.problem.detail)}</Text>
        ) : null}
      </MessageBarBody>
      {props.action ? <MessageBarActions>{props.action}</MessageBarActions> : null}
    </MessageBar>
  );
}

export function SuccessBar(props: {
  title: string;
  children: React.ReactNode;
}): React.ReactElement {
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle> {props.children}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Counts findings per severity. */
export function countSeverities(
  findings: readonly { severity: Severity }[]
): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** The local time of an ISO timestamp, for "checked at". */
export function formatTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}
