import * as React from "react";
import { Button, Field, Input, Spinner, Text } from "@fluentui/react-components";
import { z } from "zod";
import { languageFor } from "../core/messages/base";
import { renstraPaneWords } from "../core/messages/renstra";
import { parsePeriode } from "../core/sakip/renstra";
import type { Periode } from "../core/sakip/renstra";
import type { HostApi, HostInfo } from "../office/api";
import type { RenstraOutcome } from "../office/renstra";
import type { Strings } from "./i18n";
import { ProblemBar, SuccessBar, useStyles } from "./components";
import { useHostAction } from "./useHostAction";

/**
 * The Generate tab's "Target Renstra" section: the period field (checked by zod with the core's
 * reading of a period, its message under the field) and one button that adds the sheet or makes
 * it again. Loaded after the first paint with its own words (renstraLazy.tsx). Values the new
 * sheet has no place for, and notes typed inside its table, are removed only when the user agrees
 * (the problem bar asks).
 */
export interface RenstraSectionProps {
  host: HostApi;
  info: HostInfo;
  t: Strings;
}

/** The period field's check: the core's reading, its words in the pane's language. */
export function periodeSchema(lang: "id" | "en") {
  return z.string().transform((text, ctx): Periode => {
    const read = parsePeriode(text, lang);
    if (read.ok) return read.periode;
    ctx.addIssue({ code: "custom", message: read.message });
    return z.NEVER;
  });
}

export function RenstraSection(props: RenstraSectionProps): React.ReactElement {
  const { host, info, t } = props;
  const lang = languageFor(info.displayLanguage);
  const w = renstraPaneWords(lang);
  const styles = useStyles();
  const resultRef = React.useRef<HTMLDivElement>(null);
  const action = useHostAction(resultRef);
  const [text, setText] = React.useState("");
  const [touched, setTouched] = React.useState(false);
  const [done, setDone] = React.useState<RenstraOutcome | null>(null);
  const checked = periodeSchema(lang).safeParse(text);
  const error = touched && !checked.success ? checked.error.issues[0]?.message : undefined;

  const write = async (removeNotes = false) => {
    setTouched(true);
    if (!checked.success || action.busy || !info.inExcel) return;
    setDone(null);
    const periode = checked.data;
    await action.run(
      async (call) => {
        const r = await call(() => host.writeRenstra({ periode, removeNotes }));
        if (r?.ok) setDone(r.value);
      },
      { announce: w.busy, focus: true }
    );
  };

  const disabled = !info.inExcel;
  return (
    <section className={styles.section} aria-labelledby="renstra-heading">
      <Text as="h3" weight="semibold" id="renstra-heading">
        {w.heading}
      </Text>
      <Text size={200} className={styles.muted}>
        {w.intro}
      </Text>
      <Field
        label={w.periodeLabel}
        hint={w.periodeHint}
        validationMessage={error}
        validationState={error ? "error" : "none"}
      >
        <Input
          className={styles.input}
          value={text}
          placeholder="2025-2029"
          onChange={(_e, data) => setText(data.value)}
          onBlur={() => setTouched(true)}
        />
      </Field>
      <div className={styles.row}>
        <Button
          className={styles.wrapButton}
          disabled={disabled}
          disabledFocusable={action.busy && !disabled}
          onClick={() => void write()}
        >
          {w.create}
        </Button>
        {action.busy ? <Spinner size="tiny" label={w.busy} /> : null}
      </div>
      <div ref={resultRef} tabIndex={-1} className={styles.result} data-testid="renstra-result">
        {done ? (
          <SuccessBar title={t.successTitle}>
            {w.written({
              sheet: done.sheet,
              created: done.created,
              periode: `${done.periode.awal}–${done.periode.akhir}`,
              kept: done.kept,
            })}
            {done.relink.length > 0 ? ` ${w.relink(done.relink)}` : ""}
          </SuccessBar>
        ) : null}
        {action.problem ? (
          <ProblemBar
            t={t}
            problem={action.problem}
            action={
              action.problem.code === "userNotes" ? (
                <Button onClick={() => void write(true)}>{w.removeAndWrite}</Button>
              ) : undefined
            }
          />
        ) : null}
      </div>
    </section>
  );
}
