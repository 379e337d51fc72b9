/** Focuses `target` once the element `gone` has left the page, as a deleted item's own card cannot. */
export function focusOnceGone(gone: string, target: string) {
  const deadline = Date.now() + 2000;
  const attempt = () => {
    if (!document.getElementById(gone) || Date.now() > deadline) document.getElementById(target)?.focus();
    else requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
