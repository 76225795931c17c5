import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { HostApi, HostInfo } from "../office/api";
import { AuditTab } from "./AuditTab";
import { GenerateTab } from "./GenerateTab";
import { HelpNotice } from "./HelpNotice";
import { ValidateTab } from "./ValidateTab";
import { languageFor, stringsFor } from "./i18n";
import { appVersion } from "./version";

type TabId = "generate" | "validate" | "audit";
const TABS: readonly TabId[] = ["generate", "validate", "audit"];

const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  meta: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  tabs: {
    // The task pane is ~320 px wide: let the tabs wrap instead of overflowing.
    flexWrap: "wrap",
  },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
});

/** host.info() must never take the pane down; a failure reads as "not in Excel". */
function readInfo(host: HostApi): HostInfo {
  try {
    return host.info();
  } catch {
    return {
      inExcel: false,
      host: null,
      platform: null,
      displayLanguage: "id-ID",
      customFunctions: false,
    };
  }
}

export interface AppProps {
  host: HostApi;
  /** Default reporting year; the current year when absent. */
  initialYear?: number;
}

export function App({ host, initialYear }: AppProps): React.ReactElement {
  const styles = useAppStyles();
  const info = React.useMemo(() => readInfo(host), [host]);
  const t = stringsFor(languageFor(info.displayLanguage));
  const [tab, setTab] = React.useState<TabId>("generate");
  const version = appVersion();

  React.useEffect(() => {
    document.documentElement.lang = t.locale;
  }, [t.locale]);

  const labels: Record<TabId, string> = {
    generate: t.tabGenerate,
    validate: t.tabValidate,
    audit: t.tabAudit,
  };
  const meta = [
    info.inExcel ? t.runsIn(info.host ?? "Excel", info.platform) : t.notRunningInExcel,
    version ? t.version(version) : "",
  ]
    .filter((s) => s !== "")
    .join(" · ");

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t.title}</h1>
        <Text className={styles.meta} data-testid="host-meta">
          {meta}
        </Text>
      </header>
      <main className={styles.main}>
        {!info.inExcel ? (
          <MessageBar intent="warning" layout="multiline" data-testid="outside-excel">
            <MessageBarBody>
              <MessageBarTitle>{t.outsideTitle}</MessageBarTitle> {t.outsideBody}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <HelpNotice lang={languageFor(info.displayLanguage)} />
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as TabId)}
          aria-label={t.tabsLabel}
        >
          {TABS.map((id) => (
            <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
              {labels[id]}
            </Tab>
          ))}
        </TabList>
        {/* Panels stay mounted so results and the auto-check survive switching tabs. */}
        <div
          role="tabpanel"
          id="panel-generate"
          aria-labelledby="tab-generate"
          hidden={tab !== "generate"}
        >
          <GenerateTab host={host} info={info} t={t} initialYear={initialYear} />
        </div>
        <div
          role="tabpanel"
          id="panel-validate"
          aria-labelledby="tab-validate"
          hidden={tab !== "validate"}
        >
          <ValidateTab host={host} info={info} t={t} />
        </div>
        <div role="tabpanel" id="panel-audit" aria-labelledby="tab-audit" hidden={tab !== "audit"}>
          <AuditTab host={host} info={info} t={t} />
        </div>
      </main>
    </div>
  );
}
