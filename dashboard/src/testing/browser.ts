import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/**
 * Headless Chromium as CI has it. With --disable-gpu, WebGL2 still works through ANGLE on
 * SwiftShader (software Vulkan); the two SwiftShader flags make that explicit and keep Chromium
 * from warning that the automatic software fallback is deprecated.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** What went wrong in a page: console errors, uncaught exceptions, requests that left the server. */
export interface PageProblems {
  errors: string[];
  foreignRequests: string[];
}

export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { errors: [], foreignRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.errors.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    // The offline basemap promise: nothing but our own server (data: and blob: stay in the page).
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) problems.foreignRequests.push(url);
  });
  return problems;
}

export interface PixelStats {
  width: number;
  height: number;
  distinctColours: number;
  /** Share of pixels that differ from the basemap background colour. */
  drawnShare: number;
  /** Pixels with a clearly saturated colour: the hexagons and points (wards and labels are grey). */
  saturatedPixels: number;
}

/**
 * Screenshots an element with the page's overlays hidden and measures its pixels in the page
 * itself (a 2D canvas decodes the PNG), so the test needs no image library.
 */
export async function pixelStats(page: Page, element: Locator, background: string, hide: string): Promise<PixelStats> {
  const png = await element.screenshot({ style: `${hide} { visibility: hidden !important; }` });
  return page.evaluate(
    async ({ b64, bg }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.width, img.height];
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      const [br, bgc, bb] = [1, 3, 5].map((i) => parseInt(bg.slice(i, i + 2), 16));
      const colours = new Set<number>();
      let drawn = 0;
      let saturated = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        colours.add((r << 16) | (g << 8) | b);
        if (Math.abs(r - br!) + Math.abs(g - bgc!) + Math.abs(b - bb!) > 6) drawn++;
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) saturated++;
      }
      const pixels = data.length / 4;
      return {
        width: img.width,
        height: img.height,
        distinctColours: colours.size,
        drawnShare: drawn / pixels,
        saturatedPixels: saturated,
      };
    },
    { b64: png.toString('base64'), bg: background },
  );
}

/** The password of every demo account that `npm start` creates on the embedded engine. */
export const DEMO_PASSWORD = 'matthan-demo';

/**
 * Signs a browser context in as a demo account (seeds/demo-accounts.json) through the real sign-in
 * API: the session cookie lands in the context, as if the user had typed the password.
 */
export async function signInContext(context: BrowserContext, origin: string, username: string): Promise<void> {
  const res = await context.request.post(`${origin}/api/auth/login`, {
    data: { username, password: DEMO_PASSWORD },
    headers: { origin },
  });
  if (!res.ok()) throw new Error(`sign-in as ${username} failed: HTTP ${res.status()} ${await res.text()}`);
}
