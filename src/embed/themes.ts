/** The embed themes (`?theme=`); without one, an embed follows the reader's light or dark setting. */
export const themes = ['light', 'dark', 'projector'] as const;
