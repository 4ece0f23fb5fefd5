// The one page a stranger gets: a form asking for the room code.
import { CODE_MAX_LENGTH } from '../requests.js';
import { CODE_LENGTH } from '../secrets.js';
import { escapeHtml, page } from './html.js';

export interface CodeFormOptions {
  /** Why the last code was refused, said above the form. */
  error?: string;
}

export function codeFormPage(options: CodeFormOptions = {}): string {
  const error = options.error
    ? `<p class="error" id="code-error" role="alert"><strong>There is a problem:</strong> ${escapeHtml(options.error)}</p>\n`
    : '';
  return page({
    title: 'Enter the room code: digital maturity workshop',
    body: `<main>
<h1>Join the workshop</h1>
${error}<form method="post" action="/code" class="stack">
<label for="code">Room code</label>
<p class="hint" id="code-hint">The ${CODE_LENGTH}-character code shown on the facilitator's screen, such as KM7R-XQ4P.</p>
<input id="code" name="code" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" required maxlength="${CODE_MAX_LENGTH}"
 aria-describedby="code-hint${options.error ? ' code-error' : ''}"${options.error ? ' aria-invalid="true"' : ''}>
<button type="submit">Join</button>
</form>
</main>`,
  });
}
