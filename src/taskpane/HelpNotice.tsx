import * as React from "react";
import {
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Button,
} from "@fluentui/react-components";
import { HELP_PROBLEM_EVENT, type HelpProblemDetail } from "../commands/help";
import { stringsFor, type Lang } from "./i18n";

/*
 * The "Bantuan Fungsi" button could not open the help page (no browser window on this host and
 * the dialog refused): the command shows the pane and this notice names the error and links the
 * page, so the user still reaches the help.
 */

export function HelpNotice({ lang }: { lang: Lang }): React.ReactElement | null {
  const [problem, setProblem] = React.useState<HelpProblemDetail | null>(null);
  React.useEffect(() => {
    const onProblem = (e: Event) => setProblem((e as CustomEvent<HelpProblemDetail>).detail);
    window.addEventListener(HELP_PROBLEM_EVENT, onProblem);
    return () => window.removeEventListener(HELP_PROBLEM_EVENT, onProblem);
  }, []);
  if (!problem) return null;
  const t = stringsFor(lang).helpNotice;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="help-problem">
      <MessageBarBody>
        <MessageBarTitle>{t.title}</MessageBarTitle> {t.body}{" "}
        <Link href={problem.url} target="_blank" rel="noopener">
          {t.link}
        </Link>
        <div>
          <small>{problem.detail}</small>
        </div>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => setProblem(null)}>
          {t.close}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
