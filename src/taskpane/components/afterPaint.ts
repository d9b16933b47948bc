/**
 * Runs `run` after the next paint: a frame, then a task (a timer set in a frame callback runs after
 * that frame is painted). For work the first view need not wait for. Returns a cancel function.
 */
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
