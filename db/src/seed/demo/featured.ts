/** The demo's featured case studies: what a moderator would put in front of every chief, and why. */
export const demoFeatured: { practice: string; note: string }[] = [
  {
    practice: 'memphis-crisis-intervention-team',
    note: 'The model most crisis-response programs start from. Look at how the **training and the partnership with mental health services** are set up before the unit exists, and at what the department measures afterwards.',
  },
  {
    practice: 'eugene-cahoots',
    note: 'Decades of calls answered without an officer. Read it for **which calls are routed away from police, and who decides**: the dispatch protocol is the part other cities copy.',
  },
  {
    practice: 'philadelphia-foot-patrol-experiment',
    note: 'A randomised experiment, and a follow-up that found the effects did not last. Featured because **knowing when a result fades** is as useful as the result itself.',
  },
];
