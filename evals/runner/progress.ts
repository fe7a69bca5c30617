// A progress bar on stderr, drawn only on a terminal (CI logs and pipes get nothing) and at most 10 times a second.
export interface TextSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  tick(): void;
  done(): void;
}

const WIDTH = 30;

export function createProgress(
  sink: TextSink,
  total: number,
  label: string,
  now = () => performance.now(),
): Progress {
  if (!sink.isTTY || total === 0) return { tick: () => {}, done: () => {} };
  let count = 0;
  let drawnAt = Number.NEGATIVE_INFINITY;
  const draw = () => {
    const filled = Math.round((count / total) * WIDTH);
    sink.write(`\r${label} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${count}/${total}`);
    drawnAt = now();
  };
  return {
    tick() {
      count++;
      if (now() - drawnAt >= 100 || count === total) draw();
    },
    done() {
      draw();
      sink.write("\n");
    },
  };
}
