import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { CheckOutcome } from "../office/api";
import type { Strings } from "./i18n";
import { countSeverities, formatTime, useStyles } from "./components";

/**
 * "n errors, m warnings in <sheets>, checked at <time>" of a validation or an audit, and the
 * catalogue it read the sheets with.
 */
export function CheckSummary(props: {
  t: Strings;
  outcome: CheckOutcome;
  testId: string;
}): React.ReactElement {
  const styles = useStyles();
  const { t, outcome } = props;
  const counts = countSeverities(outcome.findings);
  return (
    <Text as="p" className={styles.summary} data-testid={props.testId}>
      {t.checkSummary(
        counts.error,
        counts.warning,
        outcome.sheets,
        formatTime(outcome.checkedAt, t.locale)
      )}
      {outcome.catalogue ? (
        <>
          {" "}
          <span data-testid={`${props.testId}-catalogue`}>{t.checkedWith(outcome.catalogue)}</span>
        </>
      ) : null}
    </Text>
  );
}
