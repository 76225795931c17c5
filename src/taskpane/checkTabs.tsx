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
import type { AuditTabProps } from "./AuditTab";
import type { KatalogSectionProps } from "./KatalogSection";
import type { LkjipSectionProps } from "./LkjipSection";
import type { ValidateTabProps } from "./ValidateTab";
import { afterFirstPaint } from "../office/host";
import { describeError, useStyles } from "./components";

/*
 * The Periksa Data and Audit Rumus tabs, with the findings list and the words of the rules, and
 * the Generate tab's Katalog IKU and Pengukuran Kinerja (LKjIP) sections are
 * loaded on demand: webpack puts them in the "analysis" chunk with the validation and audit code
 * (src/office/host.ts), so the first screen (the Generate tab) is drawn without them. They are
 * requested once the pane has painted, or at once when the pane mounts later than that; the chunk
 * is served with the pane, so this works offline too. Their panels show a spinner until then.
 */

interface CheckTabs {
  ValidateTab: React.ComponentType<ValidateTabProps>;
  AuditTab: React.ComponentType<AuditTabProps>;
  KatalogSection: React.ComponentType<KatalogSectionProps>;
  LkjipSection: React.ComponentType<LkjipSectionProps>;
}

let loaded: CheckTabs | null = null;
let loading: Promise<CheckTabs> | null = null;
/** Both panels hear of a load, whichever panel asked for it (a retry is asked by one). */
const onLoaded = new Set<(tabs: CheckTabs) => void>();

/** Loads the two tabs once; a failed load is tried again at the next call. */
export function loadCheckTabs(): Promise<CheckTabs> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= Promise.all([
    import(/* webpackChunkName: "analysis" */ "./ValidateTab"),
    import(/* webpackChunkName: "analysis" */ "./AuditTab"),
    import(/* webpackChunkName: "analysis" */ "./KatalogSection"),
    import(/* webpackChunkName: "analysis" */ "./LkjipSection"),
  ]).then(
    ([v, a, k, l]) => {
      const tabs: CheckTabs = {
        ValidateTab: v.ValidateTab,
        AuditTab: a.AuditTab,
        KatalogSection: k.KatalogSection,
        LkjipSection: l.LkjipSection,
      };
      loaded = tabs;
      for (const listener of [...onLoaded]) listener(tabs);
      return tabs;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    }
  );
  return loading;
}

type LoadState = { tabs: CheckTabs } | { tabs: null; error: string | null };

function useCheckTabs(): { state: LoadState; retry: () => void } {
  const [state, setState] = React.useState<LoadState>(() =>
    loaded ? { tabs: loaded } : { tabs: null, error: null }
  );
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    if (loaded) {
      // Loaded between the first render and now, before this panel listened.
      if (!state.tabs) setState({ tabs: loaded });
      return undefined;
    }
    let live = true;
    const show = (tabs: CheckTabs) => {
      if (live) setState({ tabs });
    };
    onLoaded.add(show);
    afterFirstPaint()
      .then(loadCheckTabs)
      .catch((e: unknown) => {
        if (live && !loaded) setState({ tabs: null, error: describeError(e) });
      });
    return () => {
      live = false;
      onLoaded.delete(show);
    };
  }, [attempt]);
  const retry = React.useCallback(() => {
    setState({ tabs: null, error: null });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}

/** What a panel shows while its tab loads, or why it did not load, with a retry. */
export function Pending(props: {
  t: ValidateTabProps["t"];
  error: string | null;
  retry: () => void;
}): React.ReactElement {
  const styles = useStyles();
  const { t } = props;
  if (props.error === null) {
    return <Spinner size="small" label={t.tabLoading} labelPosition="after" />;
  }
  return (
    <MessageBar intent="error" layout="multiline" data-testid="tab-load-failed">
      <MessageBarBody>
        <MessageBarTitle>{t.tabLoadFailed.title}</MessageBarTitle> {t.tabLoadFailed.body}
        <Text className={styles.detail}>{t.detail(props.error)}</Text>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.retry}>{t.tabLoadRetry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function ValidateTab(props: ValidateTabProps): React.ReactElement {
  const { state, retry } = useCheckTabs();
  if (state.tabs) return <state.tabs.ValidateTab {...props} />;
  return <Pending t={props.t} error={state.error} retry={retry} />;
}

export function AuditTab(props: AuditTabProps): React.ReactElement {
  const { state, retry } = useCheckTabs();
  if (state.tabs) return <state.tabs.AuditTab {...props} />;
  return <Pending t={props.t} error={state.error} retry={retry} />;
}

export function KatalogSection(props: KatalogSectionProps): React.ReactElement {
  const { state, retry } = useCheckTabs();
  if (state.tabs) return <state.tabs.KatalogSection {...props} />;
  return <Pending t={props.t} error={state.error} retry={retry} />;
}

export function LkjipSection(props: LkjipSectionProps): React.ReactElement {
  const { state, retry } = useCheckTabs();
  if (state.tabs) return <state.tabs.LkjipSection {...props} />;
  return <Pending t={props.t} error={state.error} retry={retry} />;
}
