/** One line the user can trust: the Content-Security-Policy in index.html enforces it. */
export function PrivacyNote() {
  return (
    <p className="privacy-note">
      <span aria-hidden="true">🔒</span> Your data stays on this machine: nothing you open or export
      is sent over the network.
    </p>
  );
}
