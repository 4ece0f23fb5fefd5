// One participant's phone in a real browser: its own browser context (cookies and all) with a
// 360-pixel mobile viewport, found by what a person sees and a screen reader hears (roles and
// accessible names), never by CSS classes. The room tests use it against a room driven from code;
// the end-to-end test of `dma assess --room` uses it against the real command in tmux.
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const PHONE_VIEWPORT = { width: 360, height: 740 };
const PHONE_STEP_TIMEOUT = 60_000;

export interface PhoneOptions {
  /** Let the test inject axe-core (the room's CSP would refuse it); leave off to test the CSP. */
  bypassCSP?: boolean;
}

export class Phone {
  /** Console errors, page errors and CSP violations. */
  readonly errors: string[] = [];
  /** Requests to anywhere but the room. */
  readonly strayRequests: string[] = [];
  page!: Page;

  private constructor(
    readonly context: BrowserContext,
    readonly label: string,
    private readonly origin: string,
  ) {}

  /** A new phone that opens the join address (the QR code's). */
  static async open(browser: Browser, joinUrl: string, label: string, options: PhoneOptions = {}): Promise<Phone> {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true, deviceScaleFactor: 2, bypassCSP: options.bypassCSP ?? false });
    // Eight phones and a terminal on a busy 2-core machine can take longer than Playwright's
    // 30 s default for one step; a page that never shows what is awaited still fails.
    context.setDefaultTimeout(PHONE_STEP_TIMEOUT);
    const phone = new Phone(context, label, new URL(joinUrl).origin);
    await phone.newPage(joinUrl);
    return phone;
  }

  private async newPage(url: string): Promise<void> {
    this.page = await this.context.newPage();
    this.page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(`${this.label}: ${m.text()}`);
    });
    this.page.on('pageerror', (e) => this.errors.push(`${this.label}: ${e.message}`));
    this.page.on('request', (r) => {
      if (new URL(r.url()).origin !== this.origin) this.strayRequests.push(r.url());
    });
    await this.page.goto(url);
  }

  /** Types the room code into the form a bare address shows. */
  async enterCode(code: string): Promise<void> {
    await this.page.getByLabel('Room code').fill(code);
    await this.page.getByRole('button', { name: 'Join' }).click();
  }

  /** Chooses a name from the list (with --team). */
  async takeSeat(name: string): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
    await this.waitForSeat(name);
  }

  /** Types a name (without --team). */
  async typeName(name: string): Promise<void> {
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByRole('button', { name: 'Take a seat' }).click();
    await this.waitForSeat(name);
  }

  private async waitForSeat(name: string): Promise<void> {
    try {
      await this.page.getByText(`You are ${name}.`).waitFor();
    } catch (error) {
      // A seat that never shows is rare and has not been caught on screen: say what the phone showed.
      throw new Error(`${this.label} never showed "You are ${name}." The page showed: ${await this.shown()}; errors: ${this.errors.join(' | ') || 'none'}`, { cause: error });
    }
  }

  /** The page's visible text on one line, for a failure message. */
  private async shown(): Promise<string> {
    const text = await this.page.locator('body').innerText({ timeout: 5_000 }).catch(() => '(could not be read)');
    return JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 600));
  }

  /** The message a refused seat shows. */
  async seatError(): Promise<string> {
    const alert = this.page.locator('#seat-error');
    await alert.filter({ hasText: /\S/ }).waitFor();
    return (await alert.textContent()) ?? '';
  }

  async waitForQuestion(text: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: text }).waitFor();
    await this.page.getByRole('group', { name: text }).waitFor();
  }

  /** Presses the level's button, found by its accessible name ("3 Defined …"), and waits until it is saved. */
  async vote(level: number): Promise<void> {
    const button = this.page.getByRole('group').getByRole('button', { name: new RegExp(`^${level} \\S`) });
    await button.click();
    await this.page.locator('#your-vote', { hasText: new RegExp(`^Your vote: ${level} `) }).waitFor();
    if ((await button.getAttribute('aria-pressed')) !== 'true') throw new Error(`${this.label}: level ${level} is not shown as chosen`);
  }

  async dontKnow(): Promise<void> {
    await this.page.getByRole('button', { name: /^Don't know/ }).click();
    await this.page.locator('#your-vote', { hasText: "You said you don't know" }).waitFor();
  }

  /** Waits for the chart; returns its rows as "3 Defined: 2 votes: Sam Patel, Ali Khan". */
  async waitForReveal(): Promise<string[]> {
    await this.page.getByRole('heading', { name: 'The votes' }).waitFor();
    return this.page.locator('table.chart tbody tr').evaluateAll((rows) =>
      rows.map((r) => `${r.querySelector('th')?.textContent}: ${r.querySelector('.names')?.textContent}`),
    );
  }

  /** The phone drops off: its page closes (the cookie stays, as on a real phone). */
  async drop(): Promise<void> {
    await this.page.close();
  }

  /** Opens the room again, as after a dropped connection or a closed tab. */
  async reconnect(url: string): Promise<void> {
    await this.newPage(url);
  }

  async leave(): Promise<void> {
    await this.page.getByRole('button', { name: 'Not you? Leave this seat' }).click();
    await this.page.getByRole('heading', { name: 'Who are you?' }).waitFor();
  }

  /** The page is wider than the screen (a horizontal scroll bar). */
  async overflows(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
