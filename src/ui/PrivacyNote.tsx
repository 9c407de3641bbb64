/** One line the user can rely on: the page's Content-Security-Policy enforces it. */
export function PrivacyNote() {
  return (
    <p className="privacy-note">
      Your data stays on this machine: nothing is sent over the network.
    </p>
  );
}
