#!/usr/bin/env node
// Fails the docs build when a `<<< @/...` snippet import names a file or a #region that does not exist.
// VitePress itself fails on a missing file but silently inlines the WHOLE file when the region is missing
// (or when its end marker is unnamed: VitePress needs `#endregion name`), so pages could drift unnoticed.
// Also checks every `<!--@include: path{from,to}-->`: VitePress leaves the comment in place, silently, when the file is
// missing. A line range into a sample's expected-output.txt must cover whole sections: it starts at line 1 or at a
// `== name ==` heading line (or at line 2 when line 1 is a Markdown `# title`), and ends at the end of the file or just before the next heading, so a page cannot show
// half a section, or the wrong one, after the sample's output changes.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const docsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const skip = new Set(['node_modules', '.vitepress', 'api', 'scripts', 'screenshots'])
const pages = []
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) {
      if (!skip.has(name)) walk(full)
    } else if (name.endsWith('.md')) pages.push(full)
  }
}
walk(docsDir)

let imports = 0
let includes = 0
const problems = []
for (const page of pages) {
  readFileSync(page, 'utf8').split('\n').forEach((line, i) => {
    for (const inc of line.matchAll(/<!--\s*@include:\s*(.*?)\s*-->/g)) {
      includes++
      const where = `${relative(docsDir, page)}:${i + 1}`
      const [, target, from, to] = /^(.*?)(?:\{(\d*),(\d*)\})?$/.exec(inc[1])
      const file = target.startsWith('@/') ? join(docsDir, target.slice(2)) : resolve(dirname(page), target)
      if (!existsSync(file)) {
        problems.push(`${where}: include ${target} does not exist`)
        continue
      }
      if (from === undefined || !file.endsWith('expected-output.txt')) continue
      const lines = readFileSync(file, 'utf8').split(/\r?\n/)
      const start = from ? Number(from) : 1
      const end = to ? Number(to) : lines.length
      const heading = (l) => /^== .+ ==$/.test(l ?? '')
      // Line 2 is also a whole-section start when line 1 is a Markdown title: the page drops the title to keep one H1.
      const afterTitle = start === 2 && /^# \S/.test(lines[0])
      if (start !== 1 && !afterTitle && !heading(lines[start - 1])) {
        problems.push(`${where}: include ${target} starts at line ${start}, which is neither a "== name ==" heading nor just after a "# title" line`)
      }
      if (end < lines.length && !heading(lines[end]) && !(end === lines.length - 1 && lines[end] === '')) {
        problems.push(`${where}: include ${target} ends at line ${end}, not at the end of the file or before a "== name ==" heading`)
      }
    }
    const m = /^\s*<<<\s+@(\/[^\s{[#]+)(?:#([\w*-]+))?/.exec(line)
    if (!m) return
    imports++
    const where = `${relative(docsDir, page)}:${i + 1}`
    const file = join(docsDir, m[1])
    if (!existsSync(file)) return problems.push(`${where}: ${m[1]} does not exist`)
    if (!m[2]) return
    const text = readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim())
    const starts = text.filter((l) => new RegExp(`^(#|// ?#?)region ${m[2]}$`).test(l)).length
    const ends = text.filter((l) => new RegExp(`^(#|// ?#?)endregion ${m[2]}$`).test(l)).length
    if (starts !== 1 || ends !== 1) problems.push(`${where}: ${m[1]} needs exactly one "#region ${m[2]}" and one "#endregion ${m[2]}" (found ${starts} and ${ends})`)
  })
}
for (const p of problems) console.error(`check-snippets: ${p}`)
console.log(`check-snippets: ${imports} snippet imports and ${includes} includes in ${pages.length} pages, ${problems.length} problems`)
process.exit(problems.length ? 1 : 0)
