// `ogi serve` in a real browser: Debian's headless Chromium, driven by playwright-core.
//
//   node scripts/serve/browser.mjs BASE_URL PDF SCREENSHOT
//
// 1. With scripts off: the form page, the PDF chosen in the file field, the form sent; the
//    result page's cells with findings carry their mark.
// 2. With scripts on: the PDF dropped on the form; the same result.
// 3. A phone's width (390 px): the result page does not scroll sideways; each table scrolls
//    in its own box. Reloading /check (a GET) lands on the form.
// All: every request goes to BASE_URL, no Content-Security-Policy violation, no console
// error; the marked cells, their titles, the findings list (each message first, then where,
// linked to its cell), the summary line, the downloads (the canonical JSON downloaded and
// read). Writes a screenshot of the result page, scrolled to the applications table, to
// SCREENSHOT. Exits 1 on the first failure.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { chromium } from "playwright-core";

const [base, pdf, screenshot] = process.argv.slice(2);
if (!base || !pdf || !screenshot) {
  console.error("usage: node browser.mjs BASE_URL PDF SCREENSHOT");
  process.exit(2);
}
const origin = new URL(base).origin;

// What the planted report gives (`ogi check` on the same file).
const expected = {
  summary: `${basename(pdf)}: format_2021 · 漯河回族区城市管理局 · 2022 · pdf: 5 errors, 0 warnings, 3 notices`,
  errorCells: [
    "ogi-cell-requests-carried_over-total",
    "ogi-cell-requests-outcomes-total-natural_person",
    "ogi-cell-requests-outcomes-total-total",
    "ogi-cell-requests-carried_forward-natural_person",
    "ogi-cell-requests-carried_forward-total",
  ],
  errorRules: ["requests.row_total", "requests.outcome_total", "requests.outcome_total", "requests.balance", "requests.balance"],
};

function check(condition, what) {
  if (!condition) {
    throw new Error(`FAIL ${what}`);
  }
  console.log(`ok   ${what}`);
}

function same(actual, wanted, what) {
  const a = JSON.stringify(actual);
  const w = JSON.stringify(wanted);
  if (a !== w) {
    throw new Error(`FAIL ${what}\n  got      ${a}\n  expected ${w}`);
  }
  console.log(`ok   ${what}`);
}

/// A page that records outside requests, CSP violations and console errors.
async function watchedPage(browser, javaScriptEnabled, width = 1440) {
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: { width, height: 900 },
    acceptDownloads: true,
    locale: "zh-CN",
  });
  const page = await context.newPage();
  const trouble = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:")) {
      trouble.push(`outside request ${url}`);
    }
  });
  page.on("console", (message) => {
    if (message.type() === "error") {
      trouble.push(`console error: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => trouble.push(`page error: ${error.message}`));
  return { context, page, trouble };
}

/// The result page's DOM: the marks on the cells and everything around them.
async function checkResult(page, how) {
  same(new URL(page.url()).pathname, "/check", `${how}: the result page is at /check`);
  same(await page.locator(".serve-line code").innerText(), expected.summary, `${how}: the summary line is ogi check's`);
  const errorCells = await page.locator("td.ogi-error").evaluateAll((cells) => cells.map((c) => c.id));
  same(errorCells, expected.errorCells, `${how}: the five cells with errors carry the mark ogi-error`);
  const titles = await page.locator("td.ogi-error").evaluateAll((cells) => cells.map((c) => c.title));
  same(
    titles.map((t) => t.match(/\[([a-z_.]+)\]/)[1]),
    expected.errorRules,
    `${how}: each mark's title names its rule`,
  );
  same(await page.locator("td.ogi-warning").count(), 0, `${how}: no warning marks`);
  check((await page.locator("td.ogi-involved").count()) > 0, `${how}: the cells the failed checks read are marked as involved`);
  // The stylesheet loaded under the CSP: the mark is drawn.
  const outline = await page.locator("td.ogi-error").first().evaluate((c) => getComputedStyle(c).outlineColor);
  same(outline, "rgb(198, 40, 40)", `${how}: the error mark is drawn by the served stylesheet`);
  // The findings beside the tables, each error linked to its cell.
  const listed = await page
    .locator(".ogi-findings > .ogi-finding-list > li.ogi-error")
    .evaluateAll((items) => items.map((li) => [li.querySelector("code").textContent, li.querySelector("a")?.getAttribute("href")]));
  same(
    listed,
    expected.errorRules.map((rule, i) => [rule, `#${expected.errorCells[i]}`]),
    `${how}: the five errors are listed beside the tables, each linked to its cell`,
  );
  const english = await page.locator(".ogi-findings li.ogi-error span[lang=en]").first().innerText();
  check(english.includes("should be"), `${how}: each finding has its English message too`);
  // The message leads; the rule and the source's line are folded away until asked for.
  const first = await page.locator(".ogi-findings > .ogi-finding-list > li.ogi-error").first().innerText();
  check(/^错误 /.test(first) && first.indexOf("表三 第 2 行") > first.indexOf("should be"), `${how}: a finding reads message first, then where in the tables`);
  same(
    await page.locator(".ogi-findings li.ogi-error details.serve-source code").first().isVisible(),
    false,
    `${how}: the rule id is folded away`,
  );
  const position = await page.locator(".ogi-findings").evaluate((s) => getComputedStyle(s).position);
  same(position, "sticky", `${how}: the findings stay beside the tables (a wide window)`);
  same(
    await page.locator(".serve-downloads a[download]").evaluateAll((links) => links.map((a) => a.getAttribute("download"))),
    ["002_luohe_huizu_2022_planted.report.json", "002_luohe_huizu_2022_planted.findings.json", "002_luohe_huizu_2022_planted.cells.csv"],
    `${how}: three downloads`,
  );
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    // 1. No scripts: the plain form.
    {
      const { context, page, trouble } = await watchedPage(browser, false);
      await page.goto(base);
      same(await page.locator("h1").innerText(), "政府信息公开工作年度报告核对\nCheck an annual report on Open Government Information work", "no scripts: the form page's heading, in Chinese with English beside it");
      await page.locator("input[type=file]").setInputFiles(pdf);
      await page.locator("select#level").selectOption("department");
      await Promise.all([page.waitForURL(`${origin}/check`), page.locator("button[type=submit]").click()]);
      await checkResult(page, "no scripts");
      same(trouble, [], "no scripts: no outside request, no console error");
      await context.close();
    }
    // 2. Scripts on: the file dropped on the form.
    {
      const { context, page, trouble } = await watchedPage(browser, true);
      const violations = [];
      await page.exposeFunction("cspViolation", (directive) => violations.push(directive));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => window.cspViolation(e.violatedDirective));
      });
      await page.goto(base);
      const bytes = readFileSync(pdf).toString("base64");
      const name = basename(pdf);
      const dataTransfer = await page.evaluateHandle(
        ([b64, fileName]) => {
          const raw = atob(b64);
          const array = new Uint8Array(raw.length);
          for (let i = 0; i < raw.length; i += 1) {
            array[i] = raw.charCodeAt(i);
          }
          const transfer = new DataTransfer();
          transfer.items.add(new File([array], fileName, { type: "application/pdf" }));
          return transfer;
        },
        [bytes, name],
      );
      await page.dispatchEvent(".serve-drop", "dragenter", { dataTransfer });
      check(
        await page.locator(".serve-drop").evaluate((zone) => zone.classList.contains("serve-drop-over")),
        "scripts: the drop zone shows a file held over it",
      );
      await Promise.all([page.waitForURL(`${origin}/check`), page.dispatchEvent(".serve-drop", "drop", { dataTransfer })]);
      await checkResult(page, "scripts, dropped");
      // The canonical JSON, downloaded as a user would.
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".serve-downloads a").first().click()]);
      same(download.suggestedFilename(), "002_luohe_huizu_2022_planted.report.json", "the canonical JSON downloads under its name");
      const stream = await download.createReadStream();
      const chunks = [];
      for await (const chunk of stream) {
        chunks.push(chunk);
      }
      const report = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      same([report.meta.agency, report.meta.report_year], ["漯河回族区城市管理局", 2022], "the downloaded JSON is the report read");
      // The screenshot: the applications table with its marks, the findings beside it.
      await page.locator("#ogi-cell-requests-carried_over-total").evaluate((cell) => {
        cell.closest("table").scrollIntoView({ block: "start" });
        window.scrollBy(0, -8);
      });
      await page.screenshot({ path: screenshot });
      console.log(`ok   screenshot written to ${screenshot}`);
      same(violations, [], "scripts: no Content-Security-Policy violation");
      same(trouble, [], "scripts: no outside request, no console error");
      await context.close();
    }
    // 3. A phone's width.
    {
      const { context, page, trouble } = await watchedPage(browser, false, 390);
      await page.goto(base);
      same(
        await page.evaluate(() => document.documentElement.scrollWidth),
        390,
        "390 px: the form fits the width",
      );
      await page.locator("input[type=file]").setInputFiles(pdf);
      await Promise.all([page.waitForURL(`${origin}/check`), page.locator("button[type=submit]").click()]);
      same(
        await page.evaluate(() => document.documentElement.scrollWidth),
        390,
        "390 px: the result page does not scroll sideways",
      );
      const wrap = page.locator("#ogi-table-requests").locator("xpath=..");
      const box = await wrap.evaluate((w) => ({
        overflow: getComputedStyle(w).overflowX,
        inside: w.getBoundingClientRect().right <= document.documentElement.clientWidth,
        scrolls: w.scrollWidth > w.clientWidth,
      }));
      same(box, { overflow: "auto", inside: true, scrolls: true }, "390 px: the applications table scrolls in its own box");
      same(
        await page.locator(".ogi-findings").evaluate((s) => getComputedStyle(s).position),
        "static",
        "390 px: the findings follow the tables",
      );
      // Reloading the result's address (a GET) lands on the form, not on an error.
      const reload = await page.goto(`${origin}/check`);
      same([reload.status(), new URL(page.url()).pathname], [200, "/"], "GET /check lands on the form");
      same(trouble, [], "390 px: no outside request, no console error");
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
