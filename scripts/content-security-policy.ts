// The app's Content-Security-Policy: everything from the app's own origin and nothing from any
// other, so a dataset opened in the page cannot be sent anywhere. Written into index.html as a
// meta tag by a Vite plugin, with the hash of each inline script the build or the dev server
// puts there (the dev server's React refresh preamble), since 'unsafe-inline' would defeat it.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export function policy(scriptHashes: string[]): string {
  const scripts = ["'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // The resampling and evaluation workers are the app's own module files.
    "worker-src 'self'",
    // The dev server and the bundle both insert style elements; styles cannot send data away.
    "style-src 'self' 'unsafe-inline'",
    // data: and blob: are the plot's exported images drawn back into a canvas, never fetched.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'smote-lab-content-security-policy',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = [...html.matchAll(INLINE_SCRIPT)]
          .map((m) => m[1])
          .filter((body) => body.trim() !== '')
          .map((body) => createHash('sha256').update(body).digest('base64'));
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}" />`;
        // Before every script, so the policy covers them all.
        return html.replace(/<head>/i, `<head>\n    ${meta}`);
      },
    },
  };
}
