import * as React from "react";
import { makeStyles } from "@fluentui/react-components";

/*
 * The pane's one polite live region. Tabs announce progress and changes through it; results the
 * user asked for are not announced here, because focus moves to them and they are read then.
 */

export type Announce = (text: string) => void;

const AnnounceContext = React.createContext<Announce>(() => undefined);

export function useAnnounce(): Announce {
  return React.useContext(AnnounceContext);
}

const useStyles = makeStyles({
  // Visually hidden, still read: the visible spinners and summaries already show the same.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export function StatusProvider(props: {
  label: string;
  children: React.ReactNode;
}): React.ReactElement {
  const styles = useStyles();
  const [text, setText] = React.useState("");
  // A repeated text would not be announced again by most screen readers; it is a repeat anyway.
  const announce = React.useCallback<Announce>((next) => setText(next), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {props.children}
      <div
        role="status"
        aria-live="polite"
        aria-label={props.label}
        className={styles.hidden}
        data-testid="pane-status"
      >
        {text}
      </div>
    </AnnounceContext.Provider>
  );
}
