/** Signatures, versions, coaching comments, the inbox and the network plans view. */
export const planReview = {};
