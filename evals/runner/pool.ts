// Runs tasks with at most `limit` in flight; results keep the tasks' order.
export async function runPool<T>(
  tasks: Array<() => Promise<T>>,
  limit: number,
  onDone?: () => void,
): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      const task = tasks[index];
      if (!task) continue;
      results[index] = await task();
      onDone?.();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
}
