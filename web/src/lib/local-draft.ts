// Unsaved form values kept in this browser's localStorage while someone writes, so a closed tab,
// a crash or an expired session does not lose an afternoon's work. Browser-only: every function
// answers quietly when storage is missing, full or blocked.

const PREFIX = 'muster:draft:';
/** A copy older than this is not offered again. */
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

export interface LocalDraft<T> {
  /** Epoch milliseconds. */
  savedAt: number;
  values: T;
}

/** One key per member and per write-up ("new" for one not yet saved), so colleagues sharing a computer do not meet each other's text. */
export function localDraftKey(userId: string, practiceId: string | null): string {
  return `${PREFIX}${userId}:${practiceId ?? 'new'}`;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readLocalDraft<T>(key: string): LocalDraft<T> | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as LocalDraft<T>;
    if (typeof draft?.savedAt !== 'number' || typeof draft.values !== 'object' || draft.values === null) return null;
    if (Date.now() - draft.savedAt > KEEP_MS) {
      discardLocalDraft(key);
      return null;
    }
    return draft;
  } catch {
    return null;
  }
}

export function writeLocalDraft<T>(key: string, values: T): void {
  try {
    storage()?.setItem(key, JSON.stringify({ savedAt: Date.now(), values } satisfies LocalDraft<T>));
  } catch {
    // Full or blocked: the form still works, it just cannot keep a copy.
  }
}

export function discardLocalDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do.
  }
}
