#!/usr/bin/env node
// Opens one HTML report (HtmlReport / `strategymodel analyze --format html`) from a file in headless Debian Chromium and fails on:
// a console error or uncaught page error, any request at all (the report is self-contained), fewer or more `svg` pictures than
// expected, a picture with an empty bounding box, or a picture without a non-empty <title>.
//   node docs/scripts/check-report.mjs <report.html> <expected number of svg pictures> [screenshot.png]
// Exit 0 when the report passes, 1 otherwise. Bounded by a per-page timeout.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'

const [file, expectedText, screenshot] = process.argv.slice(2)
const expected = Number(expectedText)
if (!file || !Number.isInteger(expected) || expected < 1) {
  console.error('usage: node docs/scripts/check-report.mjs <report.html> <expected svg count> [screenshot.png]')
  process.exit(2)
}
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
if (!existsSync(resolve(file))) {
  console.error(`check-report: ${file} does not exist`)
  process.exit(1)
}
if (!existsSync(executablePath)) {
  console.error(`check-report: ${executablePath} is missing (apt-get install chromium).`)
  process.exit(1)
}

const url = pathToFileURL(resolve(file)).href
const profile = mkdtempSync(join(tmpdir(), 'strategymodel-report-chromium-'))
const problems = []
let context
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 800 },
    timeout: 60_000,
  })
  context.setDefaultTimeout(20_000)
  // The report must need nothing but itself: every request other than the file is aborted and reported.
  await context.route((u) => u.href !== url, (route) => {
    problems.push(`request: ${route.request().url()}`)
    return route.abort()
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`) })
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`))
  await page.goto(url, { waitUntil: 'load' })
  const pictures = await page.$$eval('svg', (svgs) => svgs.map((svg) => {
    const box = svg.getBoundingClientRect()
    const title = svg.querySelector(':scope > title')?.textContent?.trim() ?? ''
    return { id: svg.id, width: box.width, height: box.height, title, labelled: svg.getAttribute('aria-labelledby') ?? '' }
  }))
  if (pictures.length !== expected) problems.push(`${pictures.length} svg pictures, expected ${expected}`)
  for (const p of pictures) {
    const ok = p.width > 0 && p.height > 0 && p.title.length > 0 && p.labelled.length > 0
    console.log(`${ok ? 'ok  ' : 'FAIL'} svg#${p.id}  ${Math.round(p.width)}x${Math.round(p.height)}  "${p.title}"`)
    if (p.width <= 0 || p.height <= 0) problems.push(`svg#${p.id} has an empty bounding box`)
    if (!p.title) problems.push(`svg#${p.id} has no title`)
    if (!p.labelled) problems.push(`svg#${p.id} has no aria-labelledby`)
  }
  if (screenshot) {
    mkdirSync(dirname(resolve(screenshot)), { recursive: true })
    await page.screenshot({ path: screenshot, fullPage: true })
    console.log(`screenshot: ${screenshot}`)
  }
} catch (e) {
  problems.push(`browser: ${e.message.split('\n')[0]}`)
} finally {
  await context?.close().catch(() => {})
  rmSync(profile, { recursive: true, force: true })
}

for (const p of problems) console.log(`       ${p}`)
console.log(problems.length ? `check-report: ${file} FAILED (${problems.length} problems)` : `check-report: ${file} ok (${expected} pictures)`)
process.exit(problems.length ? 1 : 0)
