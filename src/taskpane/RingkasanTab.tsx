import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { roundAsPrinted } from "../core/aturan";
import type { LocatedCell } from "../core/find-iku-sheet";
import type { Finding } from "../core/grid";
import { RINGKASAN_EN } from "../core/messages/en-ringkasan";
import { RINGKASAN_ID, type RingkasanWords } from "../core/messages/id-ringkasan";
import type {
  RingkasanCapaian,
  RingkasanIndicator,
  RingkasanOutcome,
  RingkasanYear,
} from "../core/sakip/ringkasan";
import type { HostApi, HostInfo } from "../office/api";
import type { Strings } from "./i18n";
import { ProblemBar, TabHeading, useStyles as useCommonStyles } from "./components";
import { FindingsView } from "./Findings";
import { useHostAction } from "./useHostAction";

/*
 * The Ringkasan tab: per sasaran, each indicator's capaian as a horizontal bar coloured by its
 * kategori, with the kategori word and the number beside it (never colour alone), a line at
 * 100 %, and a click (or Enter/Space: each bar is a button) that selects its cell in Excel. The
 * host reads every year sheet at once (src/office/ringkasan.ts), so the year chooser switches
 * without reading again; the tab reads again each time it is opened, and on "Muat ulang". It
 * loads with the analysis chunk, after the pane's first paint (ringkasanTabLoader.tsx).
 */

export interface RingkasanTabProps {
  host: HostApi;
  info: HostInfo;
  t: Strings;
  /** Whether the tab is shown: it reads the workbook each time it becomes shown. */
  active: boolean;
  /** Opens the Generate tab (from the "no IKU sheet yet" state). */
  onGenerate(): void;
}

/**
 * Five tones, from the highest band to the lowest: an agency's bands (2 or more) are spread
 * over them, so the highest is always green and the lowest red. Fluent's palette colours keep
 * their hue in the light and dark themes; each bar has an outline that contrasts with the pane
 * in both, and forced colours draw the bars in the system's text colour (the word says which).
 */
const TONES = ["tone0", "tone1", "tone2", "tone3", "tone4"] as const;

const useStyles = makeStyles({
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  yearField: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    maxWidth: "100%",
  },
  select: { minWidth: 0, maxWidth: "100%" },
  sasaran: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  sasaranHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  sasaranName: {
    display: "block",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  item: {
    // The button fills the row; a long label wraps instead of widening the pane.
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    minWidth: 0,
    boxSizing: "border-box",
    margin: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":hover": {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
    ":disabled": { cursor: "default" },
    "@media (forced-colors: active)": {
      border: "1px solid ButtonText",
      ":focus-visible": { outline: "2px solid Highlight" },
    },
  },
  name: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  code: { fontWeight: tokens.fontWeightSemibold },
  track: {
    position: "relative",
    display: "block",
    height: "12px",
    width: "100%",
    boxSizing: "border-box",
    marginTop: "3px",
    marginBottom: "3px",
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    borderRadius: tokens.borderRadiusSmall,
    "@media (forced-colors: active)": { border: "1px solid CanvasText" },
  },
  bar: {
    position: "absolute",
    left: 0,
    top: 0,
    bottom: 0,
    display: "block",
    boxSizing: "border-box",
    // An outline in the text colour: the bar's end stands out in any theme.
    borderRight: `2px solid ${tokens.colorNeutralForeground1}`,
    "@media (forced-colors: active)": {
      forcedColorAdjust: "none",
      backgroundColor: "CanvasText",
      borderRight: "2px solid CanvasText",
    },
  },
  tone0: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  tone1: { backgroundColor: tokens.colorPaletteLightGreenBackground3 },
  tone2: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  tone3: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  tone4: { backgroundColor: tokens.colorPaletteRedBackground3 },
  mark: {
    position: "absolute",
    top: "-4px",
    bottom: "-4px",
    width: "2px",
    marginLeft: "-1px",
    display: "block",
    backgroundColor: tokens.colorNeutralForeground1,
    "@media (forced-colors: active)": { forcedColorAdjust: "none", backgroundColor: "Highlight" },
  },
  value: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  number: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  reason: { color: tokens.colorNeutralForeground2 },
  // Red text readable on both themes (4.5:1 and more; the status token is 4.2:1 on dark).
  warning: { color: tokens.colorPaletteRedForeground1 },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    listStyleType: "none",
    margin: 0,
    padding: 0,
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  legendItem: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    flexShrink: 0,
    boxSizing: "border-box",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralForeground1}`,
    "@media (forced-colors: active)": { display: "none" },
  },
  scale: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The words of the tab in the pane's language. */
export function ringkasanWords(lang: Strings["lang"]): RingkasanWords {
  return lang === "en" ? RINGKASAN_EN : RINGKASAN_ID;
}

/** The tone of a band: the agency's bands spread over the five tones, highest green. */
export function toneOf(band: number, bands: number): (typeof TONES)[number] {
  if (bands <= 1) return TONES[0];
  const i = Math.round((band * (TONES.length - 1)) / (bands - 1));
  return TONES[Math.min(TONES.length - 1, Math.max(0, i))];
}

/** A capaian as the sheet prints it (its decimals), with the language's decimal mark. */
export function formatCapaian(value: number, desimal: number, w: RingkasanWords): string {
  return w.percent(roundAsPrinted(value, desimal).toFixed(desimal).replace(".", w.decimalMark));
}

/** What an indicator's row says of its capaian, in words (also its accessible name's part). */
function stateText(c: RingkasanCapaian, year: RingkasanYear, w: RingkasanWords): string {
  switch (c.status) {
    case "ok":
      return `${formatCapaian(c.value, year.desimal, w)}, ${c.kategori.label}`;
    case "na":
      return w.na;
    case "notFilled":
      return w.notFilled(c.missing);
    case "error":
      return w.error(c.error);
    case "notNumber":
      return w.notNumber(c.value);
    case "noCell":
      return w.noCell;
  }
}

function cellText(cell: LocatedCell | undefined): string | undefined {
  return cell ? `${cell.sheet}!${cell.address}` : undefined;
}

function IndicatorBar(props: {
  row: RingkasanIndicator;
  year: RingkasanYear;
  w: RingkasanWords;
  lang: Strings["lang"];
  onSelect(cell: LocatedCell): void;
}): React.ReactElement {
  const { row, year, w } = props;
  const styles = useStyles();
  const english = props.lang === "en" && row.nameEn !== undefined;
  const name = english ? (row.nameEn ?? row.name) : row.name;
  const short = english ? (row.shortNameEn ?? row.shortName) : row.shortName;
  // Indonesian words in an English pane are marked as such (screen readers switch voice).
  const nameLang = props.lang === "en" && !english ? "id" : undefined;
  const c = row.capaian;
  const state = stateText(c, year, w);
  const markAt = (100 / year.scaleMax) * 100;
  const width = c.status === "ok" ? Math.max(0, Math.min(c.value, year.scaleMax)) : 0;
  const beyond = c.status === "ok" && c.value > year.scaleMax;
  const cell = row.cell;
  return (
    <li>
      <button
        type="button"
        className={styles.item}
        disabled={!cell}
        title={name}
        aria-describedby={`ringkasan-open-${row.code}`}
        data-testid="ringkasan-bar"
        data-code={row.code}
        data-status={c.status}
        onClick={() => {
          if (cell) props.onSelect(cell);
        }}
      >
        <span className={styles.name} data-part="label">
          <span className={styles.code}>{row.code}</span> <span lang={nameLang}>{short}</span>
        </span>
        <span className={styles.track} data-part="track" aria-hidden="true">
          {c.status === "ok" ? (
            <span
              className={`${styles.bar} ${styles[toneOf(c.kategori.band, c.kategori.bands)]}`}
              data-part="bar"
              data-tone={toneOf(c.kategori.band, c.kategori.bands)}
              style={{ width: `${(width / year.scaleMax) * 100}%` }}
            />
          ) : null}
          <span className={styles.mark} data-part="mark" style={{ left: `${markAt}%` }} />
        </span>
        <span className={styles.value} data-part="value">
          {c.status === "ok" ? (
            <>
              <span className={styles.number}>{formatCapaian(c.value, year.desimal, w)}</span>
              <span>{c.kategori.label}</span>
              {beyond ? <span className={styles.reason}>({w.beyondScale})</span> : null}
            </>
          ) : (
            <span
              className={
                c.status === "error" || c.status === "noCell" || c.status === "notNumber"
                  ? styles.warning
                  : styles.reason
              }
            >
              {state}
            </span>
          )}
          {row.polarity === "negatif" ? <span className={styles.reason}>· {w.negatif}</span> : null}
        </span>
      </button>
      {/* The full name and where a click goes, read after the bar's own words. */}
      <span id={`ringkasan-open-${row.code}`} hidden>
        {w.openCell({ name, cell: cellText(cell) })}
      </span>
    </li>
  );
}

function YearView(props: {
  year: RingkasanYear;
  w: RingkasanWords;
  lang: Strings["lang"];
  onSelect(cell: LocatedCell): void;
}): React.ReactElement {
  const { year, w } = props;
  const styles = useStyles();
  const legendTones = year.kategoriLabels.map((label, band) => ({
    label,
    tone: toneOf(band, year.kategoriLabels.length),
  }));
  return (
    <>
      <ul className={styles.legend} aria-label={w.legendLabel} data-testid="ringkasan-legend">
        {legendTones.map(({ label, tone }) => (
          <li key={label} className={styles.legendItem}>
            <span className={`${styles.swatch} ${styles[tone]}`} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
      <Text className={styles.scale}>{w.scale(year.scaleMax)}</Text>
      {year.sasaran.map((s) => (
        <section
          key={s.code}
          className={styles.sasaran}
          aria-labelledby={`ringkasan-${s.code}`}
          data-testid="ringkasan-sasaran"
        >
          <h3 id={`ringkasan-${s.code}`} className={styles.sasaranHeading}>
            {w.sasaran(s.no)}
            <span className={styles.sasaranName} lang={props.lang === "en" ? "id" : undefined}>
              {s.name}
            </span>
          </h3>
          <ul className={styles.list}>
            {s.indicators.map((row) => (
              <IndicatorBar
                key={row.code}
                row={row}
                year={year}
                w={w}
                lang={props.lang}
                onSelect={props.onSelect}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function RingkasanTab(props: RingkasanTabProps): React.ReactElement {
  const { host, info, t, active } = props;
  const w = ringkasanWords(t.lang);
  const common = useCommonStyles();
  const styles = useStyles();
  const resultRef = React.useRef<HTMLDivElement>(null);
  const action = useHostAction(resultRef);
  const { setProblem } = action;
  const [outcome, setOutcome] = React.useState<RingkasanOutcome | null>(null);
  const [tahun, setTahun] = React.useState<number | null>(null);

  const read = React.useCallback(
    (focus: boolean) => {
      if (!info.inExcel || action.isRunning()) return;
      void action.run(
        async (call) => {
          const r = await call((onProgress) => host.ringkasan(onProgress));
          if (r?.ok) setOutcome(r.value);
        },
        { announce: w.reading, focus }
      );
    },
    [action, host, info.inExcel, w.reading]
  );

  // Read each time the tab is shown: the workbook may have changed meanwhile.
  React.useEffect(() => {
    if (active) read(false);
  }, [active]);

  const select = React.useCallback(
    async (cell: { sheet: string; address: string }) => {
      const r = await host.selectCell(cell.sheet, cell.address);
      if (!r.ok) setProblem(r.problem);
    },
    [host, setProblem]
  );

  const years = outcome?.kind === "ok" ? outcome.years : [];
  const year = years.find((y) => y.tahun === tahun) ?? years[0];
  const disabled = !info.inExcel;

  return (
    <section className={common.section} aria-labelledby="ringkasan-heading">
      <TabHeading id="ringkasan-heading" title={w.heading} intro={w.intro} />
      <div className={styles.controls}>
        {years.length > 1 && year ? (
          <div className={styles.yearField}>
            <label htmlFor="ringkasan-year">{w.yearLabel}</label>
            <Select
              id="ringkasan-year"
              className={styles.select}
              value={String(year.tahun)}
              onChange={(_, d) => setTahun(Number(d.value))}
            >
              {years.map((y) => (
                <option key={y.tahun} value={String(y.tahun)}>
                  {w.yearOption(y.tahun, y.sheet)}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        <Button
          className={common.wrapButton}
          disabled={disabled}
          disabledFocusable={action.busy && !disabled}
          onClick={() => read(true)}
        >
          {w.refresh}
        </Button>
        {action.busy ? (
          <Spinner
            size="tiny"
            label={action.progress ? t.readProgress(action.progress) : w.reading}
          />
        ) : null}
      </div>
      <div ref={resultRef} tabIndex={-1} className={common.result} data-testid="ringkasan-result">
        {action.problem ? <ProblemBar t={t} problem={action.problem} /> : null}
        {outcome?.kind === "noIkuSheet" ? (
          <MessageBar intent="info" layout="multiline" data-testid="ringkasan-no-sheet">
            <MessageBarBody>
              <MessageBarTitle>{w.noIkuSheetTitle}</MessageBarTitle> {w.noIkuSheetBody}
            </MessageBarBody>
            <MessageBarActions>
              <Button className={common.wrapButton} onClick={props.onGenerate}>
                {w.goToGenerate}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {outcome?.kind === "katalogInvalid" ? (
          <>
            <MessageBar intent="warning" layout="multiline" data-testid="ringkasan-katalog">
              <MessageBarBody>
                <MessageBarTitle>{w.katalogInvalidTitle}</MessageBarTitle>{" "}
                {w.katalogInvalidBody(outcome.sheet, outcome.findings.length)}
              </MessageBarBody>
            </MessageBar>
            <FindingsView
              t={t}
              id="ringkasan-katalog"
              label={w.katalogListLabel}
              findings={outcome.findings}
              onSelect={(f: Finding) => void select({ sheet: f.sheet, address: f.cell })}
            />
          </>
        ) : null}
        {year ? (
          <>
            <Text className={common.muted} data-testid="ringkasan-summary">
              {w.yearSummary({ sheet: year.sheet, filled: year.filled, total: year.total })}
            </Text>
            {year.filled === 0 ? (
              <MessageBar intent="info" layout="multiline" data-testid="ringkasan-none-filled">
                <MessageBarBody>
                  <MessageBarTitle>{w.noneFilledTitle}</MessageBarTitle>{" "}
                  {w.noneFilledBody(year.sheet)}
                </MessageBarBody>
              </MessageBar>
            ) : null}
          </>
        ) : null}
      </div>
      {year ? <YearView year={year} w={w} lang={t.lang} onSelect={(c) => void select(c)} /> : null}
    </section>
  );
}
