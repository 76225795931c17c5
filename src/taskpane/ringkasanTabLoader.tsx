import * as React from "react";
import { afterFirstPaint } from "../office/host";
import type { RingkasanTabProps } from "./RingkasanTab";
import { Pending } from "./checkTabs";
import { describeError } from "./components";

/*
 * The Ringkasan tab is loaded on demand, in the "analysis" chunk with the host code it calls, so
 * the pane's first screen is drawn without it (pane_initial_js_gzip): requested once the pane has
 * painted, or at once when it mounts later. Its panel shows a spinner until then, or why it did
 * not load with a retry (checkTabs.tsx's Pending).
 */

type RingkasanModule = typeof import("./RingkasanTab");

let loaded: RingkasanModule | null = null;
let loading: Promise<RingkasanModule> | null = null;

/** Loads the tab once; a failed load is tried again at the next call. */
export function loadRingkasanTab(): Promise<RingkasanModule> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import(/* webpackChunkName: "analysis" */ "./RingkasanTab").then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = null;
      throw e;
    }
  );
  return loading;
}

export function RingkasanTab(props: RingkasanTabProps): React.ReactElement {
  const [module, setModule] = React.useState<RingkasanModule | null>(loaded);
  const [error, setError] = React.useState<string | null>(null);
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    if (module) return undefined;
    let live = true;
    afterFirstPaint()
      .then(loadRingkasanTab)
      .then(
        (m) => {
          if (live) setModule(m);
        },
        (e: unknown) => {
          if (live) setError(describeError(e));
        }
      );
    return () => {
      live = false;
    };
  }, [attempt]);
  if (module) return <module.RingkasanTab {...props} />;
  return (
    <Pending
      t={props.t}
      error={error}
      retry={() => {
        setError(null);
        setAttempt((n) => n + 1);
      }}
    />
  );
}
