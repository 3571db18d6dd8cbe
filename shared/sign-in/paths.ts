/** The desks' entry: what a session opens (the desks of each kind of person are linked from it). */
export const DESK_PATH = '/desk';
