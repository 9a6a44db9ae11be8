#!/usr/bin/env node
// Opens every page of the built site (docs/.vitepress/dist) in headless Debian Chromium and fails on:
// a console error or uncaught page error, a same-origin request that fails or answers >= 400, an internal link
// (a[href] on the same origin) that resolves to a 404 or to an anchor the target page lacks, and a page under
// frameworks/ or getting-started without a `pre code` block; a page whose Markdown has ```mermaid blocks that does not show
// as many rendered diagrams (an svg with a size, no mermaid syntax error); and, at 1280 px, a `pre` whose text is hidden
// past its right edge (code blocks wrap, see .vitepress/theme/custom.css), or a `pre`/`table` wider than the content column
// without a horizontal scroll of its own. Saves docs/screenshots/home.png, and
// docs/screenshots/case-study.png of case-study/index.html when it exists. One line per page, then a summary; exit 1 on failure.
// Everything is bounded: a local server on 127.0.0.1 only, a per-page timeout and an overall deadline.
import { createServer } from 'node:http'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const docsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const distDir = join(docsDir, '.vitepress', 'dist')
const shotsDir = join(docsDir, 'screenshots')
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const PAGE_TIMEOUT_MS = 20_000
const DEADLINE_MS = Number(process.env.CHECK_PAGES_DEADLINE_MS || 300_000)

if (!existsSync(join(distDir, 'index.html'))) {
  console.error('check-pages: docs/.vitepress/dist/index.html is missing; run `npm run docs:build` first.')
  process.exit(1)
}
if (!existsSync(executablePath)) {
  console.error(`check-pages: ${executablePath} is missing (apt-get install chromium).`)
  process.exit(1)
}

// ---------- the site's pages ----------
const htmlFiles = []
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) walk(full)
    else if (name.endsWith('.html')) htmlFiles.push(relative(distDir, full).split(sep).join('/'))
  }
}
walk(distDir)
const pagePaths = htmlFiles.map((f) => '/' + f)

// ---------- a small static server, bound to loopback ----------
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml',
}
function fileFor(urlPath) {
  let p
  try {
    p = decodeURIComponent(urlPath.split('?')[0].split('#')[0])
  } catch {
    return null
  }
  if (p.endsWith('/')) p += 'index.html'
  const full = resolve(distDir, '.' + p)
  if (full !== distDir && !full.startsWith(distDir + sep)) return null
  return existsSync(full) && statSync(full).isFile() ? full : null
}
const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end()
    return
  }
  const file = fileFor(req.url)
  if (!file) {
    const notFound = join(distDir, '404.html')
    res.writeHead(404, { 'content-type': types['.html'] })
    res.end(req.method === 'HEAD' || !existsSync(notFound) ? undefined : readFileSync(notFound))
    return
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
  res.end(req.method === 'HEAD' ? undefined : readFileSync(file))
})
server.keepAliveTimeout = 1000
await new Promise((ok) => server.listen(0, '127.0.0.1', ok))
const origin = `http://127.0.0.1:${server.address().port}`

// ---------- the browser ----------
const profile = mkdtempSync(join(tmpdir(), 'strategymodel-docs-chromium-'))
let context
const cleanup = async () => {
  await context?.close().catch(() => {})
  server.closeAllConnections?.()
  server.close()
  rmSync(profile, { recursive: true, force: true })
}
const deadline = setTimeout(async () => {
  console.error(`check-pages: deadline of ${DEADLINE_MS / 1000}s exceeded`)
  await cleanup()
  process.exit(1)
}, DEADLINE_MS)
deadline.unref()

context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 800 },
  timeout: 60_000,
})
context.setDefaultTimeout(PAGE_TIMEOUT_MS)
// Nothing but the local server may be reached: any other request is aborted and reported.
await context.route((url) => !url.href.startsWith(origin + '/') && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob'), (route) => route.abort())

// The clipping check, run in the page: a code block whose text is hidden past its right edge, or a code block or table
// wider than the content column without a horizontal scroll of its own.
const findClipped = (els) => els.map((e) => {
    const column = e.closest('.vp-doc').getBoundingClientRect()
    const r = e.getBoundingClientRect()
    const overflowX = getComputedStyle(e).overflowX
    const scrolls = overflowX === 'auto' || overflowX === 'scroll'
    const hidden = e.scrollWidth > e.clientWidth + 1
    const tooWide = r.right > column.right + 1
    const what = `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 40)}"`
    if (e.tagName === 'PRE' && hidden) return `${what} hides ${e.scrollWidth - e.clientWidth} px of text past its right edge`
    if (tooWide && !scrolls) return `${what} is ${Math.round(r.right - column.right)} px wider than the content column`
    if (hidden && !scrolls) return `${what} clips ${e.scrollWidth - e.clientWidth} px without a horizontal scroll`
    return null
}).filter((x) => x !== null)

// The check must be able to fail: a page with a clipped code block and a table too wide for its column must be flagged.
{
  const probe = context.pages()[0] ?? (await context.newPage())
  await probe.setContent(`<div class="vp-doc" style="width:400px"><pre style="white-space:pre;overflow:hidden">${'x'.repeat(300)}</pre>
    <table style="display:table"><tr><td>${'y'.repeat(300)}</td></tr></table></div>`)
  const flagged = await probe.$$eval('.vp-doc pre, .vp-doc table', findClipped)
  if (flagged.length !== 2) {
    console.error(`check-pages: the clipping check flagged ${flagged.length} of 2 clipped elements on its probe page`)
    await cleanup()
    process.exit(1)
  }
}

const linkTargets = new Map() // absolute URL without hash -> Set of referring pages
const idsByPage = new Map() // page path -> Set of element ids in the hydrated DOM
const anchorTargets = new Map() // url#hash -> Set of referring pages
const failures = []
let diagramsSeen = 0
let widthChecked = 0
// The case-study screenshot is of the case study's main page, not of the generated reproduction page.
const caseStudy = pagePaths.find((p) => p === '/case-study/index.html')

for (const path of pagePaths) {
  const page = context.pages()[0] ?? (await context.newPage())
  const problems = []
  const onConsole = (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`)
  }
  const onPageError = (err) => problems.push(`page error: ${err.message}`)
  const onResponse = (r) => {
    if (r.url().startsWith(origin) && r.status() >= 400 && r.url() !== origin + path) problems.push(`HTTP ${r.status()} for ${r.url().slice(origin.length)}`)
  }
  const onFailed = (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`)
  page.on('console', onConsole)
  page.on('pageerror', onPageError)
  page.on('response', onResponse)
  page.on('requestfailed', onFailed)
  let codeBlocks = 0
  let links = 0
  let diagrams = 0
  try {
    const response = await page.goto(origin + path, { waitUntil: 'load' })
    if (!response || (response.status() !== 200 && path !== '/404.html')) problems.push(`HTTP ${response?.status()} for the page itself`)
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {})
    // VitePress renders on the server, then hydrates; wait until the app is mounted before reading the DOM.
    await page.waitForFunction(() => document.querySelector('#app')?.__vue_app__ !== undefined, null, { timeout: 10_000 })
      .catch(() => problems.push('the Vue app did not mount'))
    codeBlocks = await page.locator('pre code').count()
    if ((path.startsWith('/frameworks/') || path.startsWith('/getting-started')) && codeBlocks === 0) problems.push('no `pre code` block')
    // One H1 per content page: the title. An included file that brings its own `#` heading would make a second one.
    const h1s = await page.locator('.vp-doc h1').count()
    if (path !== '/index.html' && path !== '/404.html' && h1s !== 1) problems.push(`${h1s} h1 headings (expected exactly one)`)
    // Diagrams: as many rendered mermaid SVGs as the page's Markdown has ```mermaid blocks.
    const source = join(docsDir, path.replace(/index\.html$/, 'index.md').replace(/\.html$/, '.md'))
    const expectedDiagrams = existsSync(source) ? (readFileSync(source, 'utf8').match(/^```mermaid\s*$/gm) ?? []).length : 0
    if (expectedDiagrams > 0) {
      await page.waitForFunction((n) => document.querySelectorAll('.vp-doc .mermaid svg').length >= n, expectedDiagrams, { timeout: 15_000 })
        .catch(() => {})
      const svgs = await page.$$eval('.vp-doc .mermaid svg', (els) => els.map((e) => {
        const r = e.getBoundingClientRect()
        return { w: r.width, h: r.height, error: /Syntax error|Parse error/i.test(e.textContent ?? '') || e.getAttribute('aria-roledescription') === 'error' }
      }))
      diagrams = svgs.length
      if (svgs.length !== expectedDiagrams) problems.push(`${svgs.length} rendered mermaid diagrams, expected ${expectedDiagrams}`)
      svgs.forEach((d, i) => {
        if (d.error) problems.push(`mermaid diagram ${i + 1} rendered a syntax error`)
        else if (d.w < 50 || d.h < 30) problems.push(`mermaid diagram ${i + 1} is ${Math.round(d.w)}x${Math.round(d.h)} px`)
      })
    }
    // Nothing clipped at 1280 px: a code block shows all its text (it wraps), and a code block or table either fits in the
    // content column or scrolls horizontally by itself.
    const clipped = await page.$$eval('.vp-doc pre, .vp-doc table', findClipped)
    for (const c of clipped) problems.push(c)
    widthChecked += await page.locator('.vp-doc pre, .vp-doc table').count()
    idsByPage.set(path, new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id))))
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.href))
    for (const href of hrefs) {
      if (!href.startsWith(origin + '/')) continue
      links++
      const [base, hash] = href.split('#')
      if (!linkTargets.has(base)) linkTargets.set(base, new Set())
      linkTargets.get(base).add(path)
      if (hash) {
        const key = `${base}#${hash}`
        if (!anchorTargets.has(key)) anchorTargets.set(key, new Set())
        anchorTargets.get(key).add(path)
      }
    }
    if (path === '/index.html') {
      mkdirSync(shotsDir, { recursive: true })
      await page.screenshot({ path: join(shotsDir, 'home.png'), fullPage: true })
    }
    if (path === caseStudy) {
      mkdirSync(shotsDir, { recursive: true })
      await page.screenshot({ path: join(shotsDir, 'case-study.png'), fullPage: true, timeout: 90_000 }) // a very tall page: allow for a busy machine
    }
  } catch (e) {
    problems.push(`navigation: ${e.message.split('\n')[0]}`)
  }
  page.off('console', onConsole)
  page.off('pageerror', onPageError)
  page.off('response', onResponse)
  page.off('requestfailed', onFailed)
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${path}  (${codeBlocks} code blocks, ${diagrams} diagrams, ${links} internal links)`)
  diagramsSeen += diagrams
  for (const p of problems) console.log(`       ${p}`)
  if (problems.length) failures.push(path)
}

// ---------- internal links: every target exists, and every #anchor is an id on the target page ----------
let brokenLinks = 0
for (const [url, from] of linkTargets) {
  const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(10_000) })
  if (res.status === 404) {
    brokenLinks++
    console.log(`FAIL link ${url.slice(origin.length)} -> 404 (from ${[...from].join(', ')})`)
  }
}
for (const [key, from] of anchorTargets) {
  const [url, hash] = key.split('#')
  let target = url.slice(origin.length).split('?')[0]
  if (target.endsWith('/')) target += 'index.html'
  const ids = idsByPage.get(target)
  if (!ids) continue // not a page of the site (a 404 is reported above)
  let id
  try {
    id = decodeURIComponent(hash)
  } catch {
    id = hash
  }
  if (!ids.has(id)) {
    brokenLinks++
    console.log(`FAIL anchor ${key.slice(origin.length)} -> no element with that id (from ${[...from].join(', ')})`)
  }
}

clearTimeout(deadline)
await cleanup()
const failed = failures.length + brokenLinks
console.log(`check-pages: ${pagePaths.length} pages, ${pagePaths.length - failures.length} ok, ${failures.length} failing; ` +
  `${linkTargets.size} internal link targets and ${anchorTargets.size} anchors checked, ${brokenLinks} broken; ` +
  `${diagramsSeen} mermaid diagrams rendered; ${widthChecked} code blocks and tables checked at 1280 px; ` +
  `screenshots: home.png${caseStudy ? ', case-study.png' : ' (no case-study page yet)'}`)
process.exit(failed ? 1 : 0)
