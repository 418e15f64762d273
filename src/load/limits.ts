// How much of one file's trouble is worth spelling out: `gendan check` lists at most this
// many problems per file and counts the rest; the loader describes only as many in full.
export const MAX_PROBLEMS_PER_FILE = 100;
