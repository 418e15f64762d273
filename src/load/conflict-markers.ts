// Conflict markers as git writes them: made around a conflict (the merge driver), and
// found in a file left unresolved (`gendan check`: a `file` problem, not a YAML error).
export const MARKER_SIZE = 7;

export function markerBlock(ours: string[], theirs: string[], labels: { ours: string; theirs: string }, cr = ''): string[] {
  return [`${'<'.repeat(MARKER_SIZE)} ${labels.ours}${cr}`, ...ours, `${'='.repeat(MARKER_SIZE)}${cr}`, ...theirs, `${'>'.repeat(MARKER_SIZE)} ${labels.theirs}${cr}`];
}

export interface MarkedConflict {
  /** 1-based line where the block starts. */
  first: number;
  /** 1-based lines of `<<<<<<<`, `=======` and `>>>>>>>`, each when present. */
  start?: number;
  middle?: number;
  end?: number;
}

const MARK = /^(<{7}|\|{7}|={7}|>{7})(?: |\r?$)/;

/** The conflict blocks git left in a text; a cheap test first, for the common case of none. */
export function conflictMarkers(text: string): MarkedConflict[] {
  if (!text.includes('<<<<<<<') && !text.includes('>>>>>>>')) return [];
  const out: MarkedConflict[] = [];
  let open: MarkedConflict | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = MARK.exec(lines[i]!);
    if (!m) continue;
    const kind = m[1]![0];
    if (kind === '<') {
      if (open) out.push(open);
      open = { first: i + 1, start: i + 1 };
    } else if (kind === '=' && open && open.middle === undefined) open.middle = i + 1;
    else if (kind === '>') {
      if (open) {
        open.end = i + 1;
        out.push(open);
        open = undefined;
      } else out.push({ first: i + 1, end: i + 1 });
    }
  }
  if (open) out.push(open);
  return out;
}
