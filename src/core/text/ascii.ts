// Char codes of the ASCII punctuation the readers look for, by name (one list, not one per reader).

export const HASH = 35; // #
export const STAR = 42; // *
export const COMMA = 44; // ,
export const DASH = 45; // -
export const DOT = 46; // .
export const COLON = 58; // :
export const GT = 62; // >
export const LBRACKET = 91; // [
export const RBRACKET = 93; // ]
export const CARET = 94; // ^
export const UNDERSCORE = 95; // _
export const BACKTICK = 96; // `
export const TILDE = 126; // ~
export const SPACE_CODE = 32; // " "
