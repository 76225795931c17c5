import "./setup";
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import type { HostResult, ReadProgress } from "../../src/office/api";
import { StatusProvider } from "../../src/taskpane/status";
import { useHostAction } from "../../src/taskpane/useHostAction";
import type { HostAction } from "../../src/taskpane/useHostAction";
import { deferred, fail, ok } from "./fakeHost";

/** A tab reduced to the hook: shows its state, hands the hook to the test. */
function Probe(props: { onAction: (action: HostAction) => void }): React.ReactElement {
  const resultRef = React.useRef<HTMLDivElement>(null);
  const action = useHostAction(resultRef);
  props.onAction(action);
  return (
    <div ref={resultRef} tabIndex={-1} data-testid="result">
      {action.busy ? "busy" : "idle"} {action.progress ? `${action.progress.done}` : "-"}{" "}
      {action.problem?.code ?? "none"}
    </div>
  );
}

function mount() {
  let current!: HostAction;
  const view = render(
    <StatusProvider label="status">
      <Probe onAction={(a) => (current = a)} />
    </StatusProvider>
  );
  return { view, action: () => current };
}

describe("useHostAction", () => {
  test("busy while the action runs, progress shown, the problem of a failed call kept", async () => {
    const { action } = mount();
    const answer = deferred<HostResult<number>>();
    let report!: (p: ReadProgress) => void;
    let done!: Promise<boolean>;
    act(() => {
      done = action().run(async (call) => {
        await call((onProgress) => {
          report = onProgress;
          return answer.promise;
        });
      });
    });
    expect(screen.getByTestId("result").textContent).toBe("busy - none");
    expect(action().isRunning()).toBe(true);
    // A second action while one runs does not start.
    await act(async () => expect(await action().run(async () => undefined)).toBe(false));
    act(() => report({ done: 5, total: 10 }));
    expect(screen.getByTestId("result").textContent).toBe("busy 5 none");
    await act(async () => {
      answer.resolve(fail({ code: "cellEditMode" }));
      expect(await done).toBe(true);
    });
    expect(screen.getByTestId("result").textContent).toBe("idle 5 cellEditMode");
    // The next action starts without the old problem and progress.
    const next = deferred<HostResult<number>>();
    act(() => {
      done = action().run(async (call) => {
        await call(() => next.promise);
      });
    });
    expect(screen.getByTestId("result").textContent).toBe("busy - none");
    await act(async () => {
      next.resolve(ok(1));
      await done;
    });
    expect(screen.getByTestId("result").textContent).toBe("idle - none");
  });

  test("a pane closed while the action runs: the call answers null and nothing is set", async () => {
    const { view, action } = mount();
    const answer = deferred<HostResult<number>>();
    let seen: HostResult<number> | null | undefined;
    let done!: Promise<boolean>;
    act(() => {
      done = action().run(
        async (call) => {
          seen = await call(() => answer.promise);
        },
        { announce: "bekerja", focus: true }
      );
    });
    view.unmount();
    answer.resolve(fail({ code: "unknown" }));
    await done;
    expect(seen).toBeNull();
  });
});
