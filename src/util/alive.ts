// Whether a process of this machine is still running (a signal 0 reaches it, or it exists
// but belongs to another user).
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException)?.code === 'EPERM';
  }
}
