/** What a member can save to /saved (the API's SaveTarget). */
export const SAVE_TARGETS = ['PRACTICE', 'QUESTION', 'DEBRIEF', 'EVENT'] as const;
export type SaveTarget = (typeof SAVE_TARGETS)[number];

/** The most a private note on a saved item holds, as the API checks it. */
export const SAVED_NOTE_MAX = 500;

/** What a page asks of an item it lets the member save (the API's viewerSaved fields). */
export interface ViewerSaved {
  viewerSaved: boolean;
  viewerSavedNote: string | null;
}
