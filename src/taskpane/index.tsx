// Temporary shell; the task-pane helper replaces this file with the full UI.
import * as React from "react";
import { createRoot } from "react-dom/client";

function Shell(props: { info: string }) {
  return (
    <main>
      <h1>IKU DSPM Kota Bontang</h1>
      <p>{props.info}</p>
    </main>
  );
}

Office.onReady((info) => {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  root.render(
    <Shell
      info={
        info.host
          ? `Excel: ${info.host} (${info.platform})`
          : "Add-in ini harus dijalankan di dalam Excel. / This add-in must run inside Excel."
      }
    />
  );
});
