import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from "@fluentui/react-components";
import type { HostApi, HostInfo, KatalogContentChoice, KatalogOutcome } from "../office/api";
import type { Strings } from "./i18n";
import { ProblemBar, SuccessBar, useStyles } from "./components";
import { useHostAction } from "./useHostAction";

/**
 * The Generate tab's "Katalog IKU" section: creates the sheet of indicators staff edit, filled
 * with the built-in catalogue or empty with one example row. The writing and the catalogue's rows
 * live in the "analysis" chunk (src/office/katalog.ts), not in the pane's first bundle. An
 * existing Katalog sheet is never replaced without asking: the pane asks in place, and the
 * default answer (focused first) keeps it and opens it.
 */
export interface KatalogSectionProps {
  host: HostApi;
  info: HostInfo;
  t: Strings;
}

export function KatalogSection(props: KatalogSectionProps): React.ReactElement {
  const { host, info, t } = props;
  const styles = useStyles();
  const resultRef = React.useRef<HTMLDivElement>(null);
  const action = useHostAction(resultRef);
  const [created, setCreated] = React.useState<KatalogOutcome | null>(null);
  /** An existing Katalog sheet and the content the user asked for: the question stands. */
  const [asking, setAsking] = React.useState<{
    sheet: string;
    content: KatalogContentChoice;
  } | null>(null);
  const keepRef = React.useRef<HTMLButtonElement>(null);

  const create = async (content: KatalogContentChoice, replace = false) => {
    if (action.busy || !info.inExcel) return;
    setCreated(null);
    setAsking(null);
    let asked = false;
    await action.run(
      async (call) => {
        const r = await call(() => host.createKatalog(content, { replace }));
        if (!r) return;
        if (r.ok) {
          setCreated(r.value);
          return;
        }
        if (r.problem.code === "katalogExists") {
          // Not a failure: a question. The problem bar gives way to it.
          action.setProblem(null);
          setAsking({ sheet: r.problem.sheet ?? "", content });
          asked = true;
        }
      },
      { announce: t.creatingKatalog, focus: true }
    );
    // The question takes the focus on its default answer, after the result area had it.
    if (asked) setTimeout(() => keepRef.current?.focus(), 0);
  };

  const keep = async (sheet: string) => {
    setAsking(null);
    const r = await host.selectCell(sheet, "A1");
    if (!r.ok) action.setProblem(r.problem);
  };

  const disabled = !info.inExcel;
  return (
    <section className={styles.section} aria-labelledby="katalog-heading">
      <Text as="h3" weight="semibold" id="katalog-heading">
        {t.katalogHeading}
      </Text>
      <Text size={200} className={styles.muted}>
        {t.katalogIntro}
      </Text>
      <div className={styles.row}>
        <Button
          className={styles.wrapButton}
          disabled={disabled}
          disabledFocusable={action.busy && !disabled}
          onClick={() => void create("builtin")}
        >
          {t.katalogBuiltin}
        </Button>
        <Button
          className={styles.wrapButton}
          disabled={disabled}
          disabledFocusable={action.busy && !disabled}
          onClick={() => void create("example")}
        >
          {t.katalogExample}
        </Button>
        {action.busy ? <Spinner size="tiny" label={t.creatingKatalog} /> : null}
      </div>
      <div ref={resultRef} tabIndex={-1} className={styles.result} data-testid="katalog-result">
        {created ? (
          <SuccessBar title={t.successTitle}>{t.katalogCreated(created)}</SuccessBar>
        ) : null}
        {asking ? (
          <MessageBar
            intent="warning"
            layout="multiline"
            role="alertdialog"
            aria-labelledby="katalog-exists-title"
            aria-describedby="katalog-exists-body"
            data-testid="katalog-exists"
            onKeyDown={(e: React.KeyboardEvent) => {
              // Escape answers with the default: keep the sheet.
              if (e.key === "Escape") void keep(asking.sheet);
            }}
          >
            <MessageBarBody>
              <MessageBarTitle id="katalog-exists-title">{t.katalogExistsTitle}</MessageBarTitle>{" "}
              <span id="katalog-exists-body">{t.katalogExistsBody(asking.sheet)}</span>
            </MessageBarBody>
            <MessageBarActions>
              <Button
                ref={keepRef}
                appearance="primary"
                className={styles.wrapButton}
                onClick={() => void keep(asking.sheet)}
              >
                {t.katalogKeep}
              </Button>
              <Button
                className={styles.wrapButton}
                onClick={() => void create(asking.content, true)}
              >
                {t.katalogReplace}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {action.problem ? <ProblemBar t={t} problem={action.problem} /> : null}
      </div>
    </section>
  );
}
