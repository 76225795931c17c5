import * as React from "react";
import type { HostProblem, HostResult, ReadProgress } from "../office/api";
import { useAnnounce } from "./status";

/** Awaits one host call inside an action: its result, or null when the pane closed meanwhile. */
export type HostCall = <T>(
  action: (onProgress: (progress: ReadProgress) => void) => Promise<HostResult<T>>
) => Promise<HostResult<T> | null>;

export interface HostAction {
  /** Whether an action runs. */
  busy: boolean;
  /** Cells read so far of a large workbook (read in batches); null until the host reports one. */
  progress: ReadProgress | null;
  /** The problem of the last action, shown until the next one starts. */
  problem: HostProblem | null;
  setProblem(problem: HostProblem | null): void;
  /** Whether an action runs right now (read synchronously, unlike `busy`). */
  isRunning(): boolean;
  /**
   * Runs an action unless one runs already (then answers false): the old problem and progress
   * are cleared, `announce` is said while it runs, `body` calls the host through `call` (a failed
   * call's problem is shown), and afterwards the result area (`resultRef`) takes the focus when
   * `focus` is set. Nothing is set once the pane has closed.
   */
  run(
    body: (call: HostCall) => Promise<void>,
    options?: { announce?: string; focus?: boolean }
  ): Promise<boolean>;
}

/**
 * How the three tabs run what they ask of Excel: busy state, read progress, the problem, the
 * announcements and the focus, the same way in each. The host never throws (host.ts turns
 * exceptions into problems), so there is nothing to catch here.
 */
export function useHostAction(resultRef: React.RefObject<HTMLElement | null>): HostAction {
  const announce = useAnnounce();
  const [busy, setBusy] = React.useState(false);
  const [progress, setProgress] = React.useState<ReadProgress | null>(null);
  const [problem, setProblem] = React.useState<HostProblem | null>(null);
  const runningRef = React.useRef(false);
  const mountedRef = React.useRef(true);
  React.useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
    };
  }, []);

  const call = React.useCallback<HostCall>(async (action) => {
    const r = await action((p) => {
      if (mountedRef.current) setProgress(p);
    });
    if (!mountedRef.current) return null;
    if (!r.ok) setProblem(r.problem);
    return r;
  }, []);

  const run = React.useCallback<HostAction["run"]>(
    async (body, options = {}) => {
      if (runningRef.current) return false;
      runningRef.current = true;
      setBusy(true);
      // An old problem must not stand while the new action runs.
      setProblem(null);
      setProgress(null);
      if (options.announce) announce(options.announce);
      try {
        await body(call);
      } finally {
        runningRef.current = false;
        if (mountedRef.current) {
          setBusy(false);
          if (options.announce) announce("");
          // After React has rendered the result.
          if (options.focus) setTimeout(() => resultRef.current?.focus(), 0);
        }
      }
      return true;
    },
    [announce, call, resultRef]
  );

  const isRunning = React.useCallback(() => runningRef.current, []);
  return { busy, progress, problem, setProblem, isRunning, run };
}
