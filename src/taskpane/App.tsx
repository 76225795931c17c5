import * as React from "react";
import {
  Button,
  Link,
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
import { AuditTab, ValidateTab } from "./checkTabs";
import { GenerateTab } from "./GenerateTab";
import { HelpNotice } from "./HelpNotice";
import { RingkasanTab } from "./ringkasanTabLoader";
import { languageFor, stringsFor, type Strings } from "./i18n";
import { StatusProvider } from "./status";
import { appVersion } from "./version";

type TabId = "generate" | "validate" | "audit" | "ringkasan";
const TABS: readonly TabId[] = ["generate", "validate", "audit", "ringkasan"];

/** Preference key: the first-run placemat was dismissed (or a sheet generated). */
export const FIRST_RUN_KEY = "firstRunSeen";

const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    // The themed area fills the pane: no light edge below short content in the dark theme.
    minHeight: "100vh",
    boxSizing: "border-box",
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: "anywhere",
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
    "& button": { minWidth: 0, whiteSpace: "normal", textAlign: "start" },
  },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    flexGrow: 1,
  },
  placemat: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
  placematTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  footer: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  helpLink: {
    minHeight: "24px",
    "@media (forced-colors: active)": { color: "LinkText" },
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

/** The built help page, next to the pane's own page. */
function helpUrl(): string {
  try {
    return new URL("help.html", window.location.href).href;
  } catch {
    return "help.html";
  }
}

/** A link to the help page that opens it outside the pane on every host (see HostApi.openHelp). */
export function HelpLink(props: { host: HostApi; t: Strings; children?: React.ReactNode }) {
  const styles = useAppStyles();
  const url = helpUrl();
  return (
    <Link
      href={url}
      target="_blank"
      rel="noopener"
      className={styles.helpLink}
      aria-label={props.t.helpLong}
      data-testid="help-link"
      onClick={(e) => {
        let how: ReturnType<HostApi["openHelp"]> = "none";
        try {
          how = props.host.openHelp(url);
        } catch {
          how = "none";
        }
        // When no host way worked, the browser follows the link itself.
        if (how !== "none") e.preventDefault();
      }}
    >
      {props.children ?? props.t.help}
    </Link>
  );
}

function readSeen(host: HostApi): boolean {
  try {
    return host.getPreference(FIRST_RUN_KEY) === "1";
  } catch {
    return true; // nowhere to remember it: rather no placemat than one on every start
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
  const [placemat, setPlacemat] = React.useState(() => !readSeen(host));
  const version = appVersion();

  React.useEffect(() => {
    document.documentElement.lang = t.locale;
  }, [t.locale]);

  const rememberSeen = React.useCallback(() => {
    try {
      host.setPreference(FIRST_RUN_KEY, "1");
    } catch {
      // cannot remember it: the placemat shows again next time
    }
  }, [host]);

  const dismissPlacemat = () => {
    rememberSeen();
    setPlacemat(false);
    // Focus would fall to <body> with the button gone: the selected tab takes it.
    setTimeout(() => document.getElementById(`tab-${tab}`)?.focus(), 0);
  };

  const navigate = (to: TabId) => {
    setTab(to);
    setTimeout(() => document.getElementById(`tab-${to}`)?.focus(), 0);
  };

  const labels: Record<TabId, string> = {
    generate: t.tabGenerate,
    validate: t.tabValidate,
    audit: t.tabAudit,
    ringkasan: t.tabRingkasan,
  };
  const meta = info.inExcel ? t.runsIn(info.host ?? "Excel", info.platform) : t.notRunningInExcel;

  return (
    <StatusProvider label={t.statusLabel}>
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
          {placemat ? (
            <section
              className={styles.placemat}
              aria-labelledby="placemat-heading"
              data-testid="placemat"
            >
              <h2 id="placemat-heading" className={styles.placematTitle}>
                {t.placematTitle}
              </h2>
              <ol className={styles.steps}>
                {t.placematSteps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
              <div className={styles.actions}>
                <Button appearance="primary" onClick={dismissPlacemat}>
                  {t.placematDismiss}
                </Button>
                <HelpLink host={host} t={t} />
              </div>
            </section>
          ) : null}
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
            <GenerateTab
              host={host}
              info={info}
              t={t}
              initialYear={initialYear}
              onNavigate={navigate}
              onGenerated={() => {
                rememberSeen();
                setPlacemat(false);
              }}
            />
          </div>
          <div
            role="tabpanel"
            id="panel-validate"
            aria-labelledby="tab-validate"
            hidden={tab !== "validate"}
          >
            <ValidateTab host={host} info={info} t={t} />
          </div>
          <div
            role="tabpanel"
            id="panel-audit"
            aria-labelledby="tab-audit"
            hidden={tab !== "audit"}
          >
            <AuditTab host={host} info={info} t={t} />
          </div>
          <div
            role="tabpanel"
            id="panel-ringkasan"
            aria-labelledby="tab-ringkasan"
            hidden={tab !== "ringkasan"}
          >
            <RingkasanTab
              host={host}
              info={info}
              t={t}
              active={tab === "ringkasan"}
              onGenerate={() => navigate("generate")}
            />
          </div>
        </main>
        <footer className={styles.footer} aria-label={t.footerLabel} data-testid="footer">
          {version ? <span>{t.version(version)}</span> : null}
          {version ? <span aria-hidden="true">·</span> : null}
          <HelpLink host={host} t={t} />
        </footer>
      </div>
    </StatusProvider>
  );
}
