// The bytes of every file the wide-area file server sends: a 1 MiB pattern, repeated (not all
// one value, so a misplaced range shows when the saved file is compared).
export const PATTERN = Buffer.alloc(2 ** 20);
for (let i = 0; i < PATTERN.length; i++) PATTERN[i] = (i * 31 + (i >> 12)) & 0xff;
