#!/usr/bin/env node
// Generates the API reference (docs/api/*.md) from the compilers' XML documentation files.
// Input: the Release build's XML docs (run `dotnet build StrategyModel.sln -c Release` first).
// Output: docs/api/index.md, one page per namespace (docs/api/<Namespace>.md), and docs/api/_partials/options-<Type>.md
// (the defaults table of each options class, included by the framework pages). Nothing here is committed.
// No dependencies: a small XML reader below handles what the C# compiler writes into its doc files.
// Signatures (C# declaration lines with full types, modifiers and base types) come from the public API snapshot
// tests/StrategyModel.Tests/Api/*.api.txt, which PublicApiTests keeps equal to the built assemblies; a documented type or
// member the snapshot lacks fails the script (re-accept the snapshot after an API change: STRATEGYMODEL_ACCEPT_API=1).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const docsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const repoDir = resolve(docsDir, '..')
const outDir = join(docsDir, 'api')
const partialsDir = join(outDir, '_partials')
const inputs = [
  'src/StrategyModel/bin/Release/net10.0/StrategyModel.xml',
  'src/StrategyModel.DependencyInjection/bin/Release/net10.0/StrategyModel.DependencyInjection.xml',
]

// ---------- a tiny XML reader: elements, attributes, text, entities, comments ----------
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos);/gi, (_, e) => {
    switch (e.toLowerCase()) {
      case 'lt': return '<'
      case 'gt': return '>'
      case 'amp': return '&'
      case 'quot': return '"'
      case 'apos': return "'"
      default: return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
    }
  })
}

export function parseXml(text) {
  const root = { name: '#root', attrs: {}, children: [] }
  const stack = [root]
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g
  let m
  let consumed = 0
  while ((m = re.exec(text)) !== null) {
    if (m.index !== consumed) throw new Error(`XML: unexpected text at offset ${consumed}`)
    consumed = re.lastIndex
    const top = stack[stack.length - 1]
    if (m[1] !== undefined) {
      top.children.push(m[1])
    } else if (m[3] !== undefined) {
      if (m[2] === '/') {
        if (top.name !== m[3]) throw new Error(`XML: </${m[3]}> closes <${top.name}>`)
        stack.pop()
      } else {
        const attrs = {}
        for (const a of m[4].matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = decodeEntities(a[2] ?? a[3])
        const el = { name: m[3], attrs, children: [] }
        top.children.push(el)
        if (m[5] !== '/') stack.push(el)
      }
    } else if (m[6] !== undefined) {
      top.children.push(decodeEntities(m[6]))
    }
  }
  if (consumed !== text.length) throw new Error(`XML: unexpected text at offset ${consumed}`)
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1].name}> is not closed`)
  return root
}

const child = (el, name) => el.children.find((c) => typeof c === 'object' && c.name === name)
const childrenNamed = (el, name) => el.children.filter((c) => typeof c === 'object' && c.name === name)
const textOf = (el) => el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')

// ---------- the model: types and members by documentation id ----------
const members = new Map() // id -> element
const assemblyOf = new Map() // type id -> assembly name
for (const rel of inputs) {
  const file = join(repoDir, rel)
  if (!existsSync(file)) {
    console.error(`gen-api: ${rel} is missing; run \`dotnet build StrategyModel.sln -c Release\` first.`)
    process.exit(1)
  }
  const doc = child(parseXml(readFileSync(file, 'utf8')), 'doc')
  const assembly = textOf(child(child(doc, 'assembly'), 'name')).trim()
  for (const m of childrenNamed(child(doc, 'members'), 'member')) {
    members.set(m.attrs.name, m)
    if (m.attrs.name.startsWith('T:')) assemblyOf.set(m.attrs.name.slice(2), assembly)
  }
}

// Only the library's own namespaces: the compiler documents generated helpers too (the [GeneratedRegex] code lands in
// System.Text.RegularExpressions.Generated), and those are not part of the API.
const typeIds = [...members.keys()].filter((id) => id.startsWith('T:StrategyModel.')).map((id) => id.slice(2))
const typeSet = new Set(typeIds)
// A nested type's namespace is its outermost type's.
function namespaceOf(typeId) {
  let owner = typeId
  for (;;) {
    const dot = owner.lastIndexOf('.')
    const parent = owner.slice(0, dot)
    if (!typeSet.has(parent)) return parent
    owner = parent
  }
}
const typeParams = (typeId) => childrenNamed(members.get(`T:${typeId}`), 'typeparam').map((t) => t.attrs.name)

function shortTypeName(typeId) {
  const ns = namespaceOf(typeId)
  let name = typeId.slice(ns.length + 1)
  const tps = typeParams(typeId)
  return name.replace(/`(\d+)/g, (_, n) => `<${tps.length ? tps.join(', ') : Array.from({ length: +n }, (_, i) => `T${i + 1}`).join(', ')}>`)
}

// Parameter lists in ids: System.Collections.Immutable.ImmutableArray{System.String} -> ImmutableArray<String>; `0 -> T.
function displayParams(params, typeId) {
  const tps = typeId ? typeParams(typeId) : []
  return params
    .replace(/``(\d+)/g, (_, n) => `TM${n}`)
    .replace(/`(\d+)/g, (_, n) => tps[+n] ?? `T${n}`)
    .replace(/[\w]+\./g, '')
    .replace(/\{/g, '<')
    .replace(/\}/g, '>')
    .replace(/,/g, ', ')
}

function splitMemberId(id) {
  // "M:Ns.Type.Name(args)" -> { kind, typeId, name, params }
  const kind = id[0]
  const body = id.slice(2)
  const paren = body.indexOf('(')
  const head = paren < 0 ? body : body.slice(0, paren)
  const params = paren < 0 ? '' : body.slice(paren + 1, body.lastIndexOf(')'))
  const dot = head.lastIndexOf('.')
  return { kind, typeId: head.slice(0, dot), name: head.slice(dot + 1), params, suffix: body.slice(dot + 1) }
}

function memberTitle(id) {
  const { kind, typeId, name, params } = splitMemberId(id)
  const typeName = shortTypeName(typeId).replace(/<.*$/, '')
  let display = name === '#ctor' ? typeName : name.startsWith('op_') ? `operator ${name.slice(3)}` : name
  display = display.replace(/``(\d+)/, (_, n) => `<${Array.from({ length: +n }, (_, i) => `TM${i}`).join(', ')}>`)
  if (kind === 'M') display += `(${displayParams(params, typeId)})`
  return display
}

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
const typeAnchor = (typeId) => slug(typeId.slice(namespaceOf(typeId).length + 1))
const memberAnchor = (id) => {
  const { typeId, suffix } = splitMemberId(id)
  return `${typeAnchor(typeId)}-${slug(suffix.replace('#ctor', 'ctor'))}`
}
const pageOf = (typeId) => `/api/${namespaceOf(typeId)}.md`

// ---------- C# signatures from the public API snapshot ----------
const snapshots = ['tests/StrategyModel.Tests/Api/StrategyModel.api.txt', 'tests/StrategyModel.Tests/Api/StrategyModel.DependencyInjection.api.txt']
// Split at a separator that is not inside <...> or (...).
function splitTop(s, sep) {
  const parts = []
  let depth = 0
  let start = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '<' || c === '(' || c === '[') depth++
    else if (c === '>' || c === ')' || c === ']') depth--
    else if (depth === 0 && s.startsWith(sep, i)) {
      parts.push(s.slice(start, i))
      start = i + sep.length
      i += sep.length - 1
    }
  }
  parts.push(s.slice(start))
  return parts
}
const keywords = { String: 'string', Int32: 'int', Int64: 'long', Boolean: 'bool', Decimal: 'decimal', Double: 'double', Single: 'float',
  Void: 'void', Object: 'object', Byte: 'byte', Char: 'char', Int16: 'short', UInt32: 'uint', UInt64: 'ulong' }
// A type as C# shows it: no namespaces, keywords for the built-in types, T? for Nullable<T>.
function csType(t) {
  let out = t.trim().replace(/\b(?:[A-Za-z_]\w*\.)+(?=[A-Za-z_<])/g, '').replace(/\b(String|Int32|Int64|Boolean|Decimal|Double|Single|Void|Object|Byte|Char|Int16|UInt32|UInt64)\b/g, (k) => keywords[k])
  for (let prev = ''; prev !== out;) {
    prev = out
    out = out.replace(/Nullable<([^<>]*(?:<[^<>]*>)?[^<>]*)>/, '$1?')
  }
  return out.replace(/,(?! )/g, ', ')
}
// "System.Collections.Immutable.ImmutableArray<System.String>" -> the doc-id form "System.Collections.Immutable.ImmutableArray{System.String}".
const docTypeKey = (full) => {
  const lt = full.indexOf('<')
  return lt < 0 ? full : `${full.slice(0, lt)}\`${splitTop(full.slice(lt + 1, full.lastIndexOf('>')), ',').length}`
}
// Parameter types in comparable form: no namespaces, no ref markers, type parameters as '?'.
const docParamTypes = (params) => (params ? splitTop(params.replace(/\{/g, '<').replace(/\}/g, '>'), ',') : [])
  .map((p) => p.replace(/@$/, '').replace(/``?\d+/g, '?').replace(/\b(?:[A-Za-z_]\w*\.)+/g, '').replace(/\s/g, ''))
const snapshotParamTypes = (params, typeParams) => (params.trim() ? splitTop(params, ',') : [])
  .map((p) => p.trim().replace(/ = .*$/, '').replace(/^(out|ref|in|params|this) /, ''))
  .map((p) => splitTop(p, ' ').slice(0, -1).join(' '))
  .map((t) => t.replace(/\b(?:[A-Za-z_]\w*\.)+/g, '').replace(/\s/g, '').replace(/\b[A-Z]\w*\b/g, (w) => (typeParams.includes(w) ? '?' : w)))
const typeSignatures = new Map() // type id (doc form) -> signature
const enumTypes = new Set() // type ids of the public enums
const recordTypes = new Set() // type ids of the public records: their Equals/GetHashCode are the compiler's contract, left out of the pages
const memberSignatures = new Map() // `${typeId}.${name}` -> [{ types, signature }]
const operators = { op_Equality: '==', op_Inequality: '!=', op_LessThan: '<', op_GreaterThan: '>', op_LessThanOrEqual: '<=', op_GreaterThanOrEqual: '>=',
  op_Addition: '+', op_Subtraction: '-', op_Multiply: '*', op_Division: '/', op_UnaryNegation: '-' }
for (const rel of snapshots) {
  const lines = readFileSync(join(repoDir, rel), 'utf8').split(/\r?\n/).filter((l) => l.trim())
  const records = new Set(lines.filter((l) => /\.<Clone>\$\(\)$/.test(l)).map((l) => splitTop(l.replace(/\.<Clone>\$\(\)$/, ''), ' ').pop()))
  for (const line of lines) {
    const words = splitTop(line, ' ')
    const kindAt = words.findIndex((w) => ['class', 'struct', 'interface', 'enum'].includes(w))
    if (kindAt >= 0 && kindAt < 3 && !line.includes('(')) {
      const modifiers = words.slice(0, kindAt)
      const full = words[kindAt + 1]
      const [, bases] = line.split(/ : (.*)/)
      const isRecord = records.has(full)
      const kind = isRecord ? (words[kindAt] === 'struct' ? 'record struct' : 'record') : words[kindAt]
      const mods = words[kindAt] === 'interface' ? [] : modifiers
      let sigText = `public ${[...mods, kind].join(' ')} ${csType(full)}`
      if (bases && words[kindAt] !== 'enum') sigText += ` : ${splitTop(bases, ',').map(csType).join(', ')}`
      typeSignatures.set(docTypeKey(full), sigText)
      if (words[kindAt] === 'enum') enumTypes.add(docTypeKey(full))
      if (isRecord) recordTypes.add(docTypeKey(full))
      continue
    }
    const kind = words[0]
    if (!['ctor', 'method', 'operator', 'property', 'field'].includes(kind)) continue
    const isStatic = words[1] === 'static'
    const rest = line.slice(kind.length + 1 + (isStatic ? 7 : 0))
    const paren = kind === 'property' || kind === 'field' ? -1 : rest.indexOf('(')
    const head = paren < 0 ? rest.replace(/ \{.*\}$/, '') : rest.slice(0, paren)
    const params = paren < 0 ? '' : rest.slice(paren + 1, rest.lastIndexOf(')'))
    const accessors = kind === 'property' ? (rest.match(/ (\{.*\})$/)?.[1] ?? '') : ''
    const headWords = splitTop(head, ' ')
    const qualified = headWords.pop()
    const returnType = headWords.join(' ')
    const dot = splitTop(qualified, '.').length > 1 ? qualified.length - splitTop(qualified, '.').pop().length - 1 : -1
    const owner = qualified.slice(0, dot)
    const name = qualified.slice(dot + 1)
    const typeParams = (owner.match(/<(.*)>$/)?.[1] ?? '').split(',').map((x) => x.trim()).filter(Boolean)
      .concat((name.match(/<(.*)>$/)?.[1] ?? '').split(',').map((x) => x.trim()).filter(Boolean))
    const shownParams = (params.trim() ? splitTop(params, ',') : []).map((p) => {
      const ws = splitTop(p.trim(), ' ')
      const eq = ws.indexOf('=')
      const core = eq >= 0 ? ws.slice(0, eq) : ws
      const pname = core.pop()
      const prefix = ['out', 'ref', 'in', 'params', 'this'].includes(core[0]) ? core.shift() + ' ' : ''
      return `${prefix}${csType(core.join(' '))} ${pname}${eq >= 0 ? ' = ' + ws.slice(eq + 1).join(' ') : ''}`
    }).join(', ')
    const stat = isStatic ? 'static ' : ''
    const typeName = csType(owner).replace(/<.*$/, '')
    const memberName = name.replace(/<.*$/, '')
    let sigText
    if (kind === 'ctor') sigText = `public ${typeName}(${shownParams})`
    else if (kind === 'operator') {
      sigText = memberName === 'op_Implicit' || memberName === 'op_Explicit'
        ? `public static ${memberName.slice(3).toLowerCase()} operator ${csType(returnType)}(${shownParams})`
        : `public static ${csType(returnType)} operator ${operators[memberName] ?? memberName}(${shownParams})`
    } else if (kind === 'method') sigText = `public ${stat}${csType(returnType)} ${csType(name)}(${shownParams})`
    else if (kind === 'property') sigText = `public ${stat}${csType(returnType)} ${memberName} ${accessors}`
    else sigText = `public ${stat}${csType(returnType)} ${memberName};`
    const key = `${docTypeKey(owner)}.${kind === 'ctor' ? '#ctor' : memberName}`
    if (!memberSignatures.has(key)) memberSignatures.set(key, [])
    memberSignatures.get(key).push({ types: snapshotParamTypes(params, typeParams), returnType: csType(returnType), signature: sigText, kind })
  }
}
// The XML docs also hold documented internal types and members; the snapshot lists only the public API, so a type or
// member without a signature there is not public and gets no entry. (A public member missing from a stale snapshot
// would be left out too, but PublicApiTests fails on a stale snapshot first.)
const internalTypes = typeIds.filter((t) => !typeSignatures.has(t))
for (const t of internalTypes) {
  typeIds.splice(typeIds.indexOf(t), 1)
  typeSet.delete(t)
}
function signatureOf(id) {
  if (id.startsWith('T:')) {
    return typeSignatures.get(id.slice(2))
  }
  const { typeId, name, params } = splitMemberId(id)
  const baseName = name.replace(/``\d+$/, '')
  const candidates = memberSignatures.get(`${typeId}.${baseName}`) ?? []
  const wanted = docParamTypes(params)
  const wantedReturn = id.includes('~') ? id.slice(id.indexOf('~') + 1) : null
  const hit = candidates.filter((c) => c.types.length === wanted.length && c.types.every((t, i) => wanted[i] === '?' || t === '?' || t === wanted[i]))
  const pick = hit.length > 1 && wantedReturn ? hit.filter((c) => csType(wantedReturn.replace(/\{/g, '<').replace(/\}/g, '>')) === c.returnType) : hit
  return pick[0]?.signature
}
const signatureBlock = (id) => {
  const s = signatureOf(id)
  return s ? '```csharp\n' + s.trimEnd() + '\n```\n\n' : ''
}

// ---------- rendering doc XML to Markdown ----------
const escapeText = (s) => s.replace(/[<>{}|*_`[\]\\]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;' })[c] ?? `\\${c}`)
const code = (s) => '`' + s.replace(/`/g, "'") + '`'

function crefLink(cref) {
  const kind = cref[0]
  const id = cref.slice(2)
  if (kind === 'T' && typeSet.has(id)) return `[${code(shortTypeName(id))}](${pageOf(id)}#${typeAnchor(id)})`
  if ('MPFE'.includes(kind) && members.has(cref)) {
    const { typeId } = splitMemberId(cref)
    if (typeSet.has(typeId)) {
      const owner = shortTypeName(typeId).replace(/<.*$/, '')
      return `[${code(`${owner}.${memberTitle(cref)}`)}](${pageOf(typeId)}#${memberAnchor(cref)})`
    }
  }
  // Outside this library (System.*) or unresolved: plain code with the short name.
  const { name, params } = kind === 'T' || kind === '!' ? { name: id.split('.').pop(), params: '' } : splitMemberId(cref)
  return code(kind === 'M' && params ? `${name}(${displayParams(params)})` : name.replace(/`\d+/, '<T>'))
}

function render(nodes, ctx = {}) {
  let out = ''
  for (const n of nodes) {
    if (typeof n === 'string') {
      out += escapeText(n.replace(/\s+/g, ' '))
      continue
    }
    switch (n.name) {
      case 'c': out += code(textOf(n).replace(/\s+/g, ' ').trim()); break
      case 'code': {
        const lines = textOf(n).replace(/^\n+|\s+$/g, '').split('\n')
        const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length))
        out += `\n\n\`\`\`csharp\n${lines.map((l) => l.slice(indent)).join('\n')}\n\`\`\`\n\n`
        break
      }
      case 'para': out += `\n\n${render(n.children, ctx).trim()}\n\n`; break
      case 'br': out += '  \n'; break
      case 'see':
      case 'seealso':
        if (n.attrs.cref) out += n.children.length ? `[${render(n.children).trim()}](${crefLink(n.attrs.cref).replace(/^.*\]\((.*)\)$/, '$1')})` : crefLink(n.attrs.cref)
        else if (n.attrs.langword) out += code(n.attrs.langword)
        else if (n.attrs.href) out += `[${n.children.length ? render(n.children).trim() : escapeText(n.attrs.href)}](${n.attrs.href})`
        break
      case 'paramref':
      case 'typeparamref': out += code(n.attrs.name); break
      case 'em':
      case 'i': out += `*${render(n.children).trim()}*`; break
      case 'b':
      case 'strong': out += `**${render(n.children).trim()}**`; break
      case 'list': out += renderList(n); break
      default: out += render(n.children, ctx)
    }
  }
  return out
}

function renderList(list) {
  const type = list.attrs.type ?? 'bullet'
  const cell = (el) => (el ? render(el.children).trim().replace(/\n+/g, ' ') : '')
  if (type === 'table') {
    const header = child(list, 'listheader')
    const rows = childrenNamed(list, 'item')
    let md = `\n\n| ${header ? cell(child(header, 'term')) : 'Term'} | ${header ? cell(child(header, 'description')) : 'Description'} |\n|---|---|\n`
    for (const r of rows) md += `| ${cell(child(r, 'term')) || cell(r)} | ${cell(child(r, 'description'))} |\n`
    return md + '\n'
  }
  let md = '\n\n'
  childrenNamed(list, 'item').forEach((item, i) => {
    const term = child(item, 'term')
    const desc = child(item, 'description')
    const text = term || desc ? [cell(term), cell(desc)].filter(Boolean).join(': ') : cell(item)
    md += `${type === 'number' ? `${i + 1}.` : '-'} ${text}\n`
  })
  return md + '\n'
}

const tidy = (s) => s.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/^ +/gm, (m) => m).trim()
const block = (el) => (el ? tidy(render(el.children)) : '')

// <inheritdoc/>: take the documentation of the same member on an interface of this library (the name and
// parameters match); members inherited from System.Object or other outside types get a short note.
function resolveInherited(id) {
  const { kind, typeId, suffix } = splitMemberId(id)
  for (const [other, el] of members) {
    if (other === id || other[0] !== kind) continue
    const o = splitMemberId(other)
    const ownerName = o.typeId.split('.').pop()
    if (o.suffix === suffix && /^I[A-Z]/.test(ownerName) && o.typeId !== typeId && !child(el, 'inheritdoc')) return { from: other, el }
  }
  return null
}

function memberDoc(id) {
  const el = members.get(id)
  const inherited = child(el, 'inheritdoc') ? resolveInherited(id) : null
  const pick = (name) => child(el, name) ?? (inherited ? child(inherited.el, name) : undefined)
  const pickAll = (name) => (childrenNamed(el, name).length ? childrenNamed(el, name) : inherited ? childrenNamed(inherited.el, name) : [])
  let summary = block(pick('summary'))
  if (!summary && child(el, 'inheritdoc')) {
    const { name } = splitMemberId(id)
    summary = ['Equals', 'GetHashCode', 'ToString', 'PrintMembers', 'op_Equality', 'op_Inequality'].includes(name)
      ? `Overrides the ${code(name)} member of its base (value equality for records; see the type's remarks).`
      : 'Inherits the documentation of the member it implements.'
  }
  return {
    summary,
    inheritedFrom: inherited ? inherited.from : null,
    remarks: block(pick('remarks')),
    value: block(pick('value')),
    returns: block(pick('returns')),
    typeparams: pickAll('typeparam').map((p) => [p.attrs.name, block(p)]),
    params: pickAll('param').map((p) => [p.attrs.name, block(p)]),
    exceptions: childrenNamed(el, 'exception').concat(inherited ? childrenNamed(inherited.el, 'exception') : []).map((x) => [x.attrs.cref, block(x)]),
  }
}

function renderMember(id, level) {
  const d = memberDoc(id)
  const kindWord = { M: splitMemberId(id).name === '#ctor' ? 'constructor' : 'method', P: 'property', F: 'field', E: 'event' }[id[0]]
  let md = `${'#'.repeat(level)} ${escapeText(memberTitle(id))} {#${memberAnchor(id)}}\n\n`
  md += `<small>${kindWord}</small>\n\n`
  md += signatureBlock(id)
  if (d.summary) md += `${d.summary}\n\n`
  if (d.inheritedFrom) md += `*Documented on ${crefLink(d.inheritedFrom)}.*\n\n`
  if (d.typeparams.length) md += `**Type parameters**\n\n${d.typeparams.map(([n, t]) => `- ${code(n)}: ${t}`).join('\n')}\n\n`
  if (d.params.length) md += `**Parameters**\n\n${d.params.map(([n, t]) => `- ${code(n)}: ${t}`).join('\n')}\n\n`
  if (d.returns) md += `**Returns**: ${d.returns}\n\n`
  if (d.value) md += `**Value**: ${d.value}\n\n`
  if (d.remarks) md += `**Remarks**\n\n${d.remarks}\n\n`
  if (d.exceptions.length) md += `**Exceptions**\n\n${d.exceptions.map(([c, t]) => `- ${crefLink(c)}: ${t}`).join('\n')}\n\n`
  return md
}

function membersOf(typeId) {
  return [...members.keys()].filter((id) => id[0] !== 'T' && splitMemberId(id).typeId === typeId && isPublicMember(id) && !isRecordEquality(id))
}
// A record's Equals and GetHashCode are value equality, which the type's own remarks describe (element by element for arrays);
// listing them on every record page buries the members a reader came for.
const isRecordEquality = (id) => id[0] === 'M' && recordTypes.has(splitMemberId(id).typeId) && /^(Equals|GetHashCode)$/.test(splitMemberId(id).name.replace(/\(.*$/, ''))
// Enum values are public with their enum; any other member is public when the snapshot has its signature.
const isPublicMember = (id) => signatureOf(id) !== undefined || (id[0] === 'F' && enumTypes.has(splitMemberId(id).typeId))

const isEnum = (typeId) => enumTypes.has(typeId)

function renderType(typeId) {
  const d = memberDoc(`T:${typeId}`)
  const kind = (typeSignatures.get(typeId) ?? '').match(/\b(record struct|record|class|struct|interface|enum)\b/)?.[1] ?? 'type'
  let md = `## ${escapeText(shortTypeName(typeId))} {#${typeAnchor(typeId)}}\n\n`
  md += `<small>${kind} in ${code(namespaceOf(typeId))}, assembly ${code(assemblyOf.get(typeId))}</small>\n\n`
  md += signatureBlock(`T:${typeId}`)
  if (d.summary) md += `${d.summary}\n\n`
  if (d.typeparams.length) md += `**Type parameters**\n\n${d.typeparams.map(([n, t]) => `- ${code(n)}: ${t}`).join('\n')}\n\n`
  if (d.params.length) md += `**Positional parameters**\n\n${d.params.map(([n, t]) => `- ${code(n)}: ${t}`).join('\n')}\n\n`
  if (d.remarks) md += `${d.remarks}\n\n`
  const ms = membersOf(typeId)
  if (kind === 'enum') {
    md += `| Value | Meaning |\n|---|---|\n`
    for (const id of ms) md += `| <span id="${memberAnchor(id)}"></span>${code(splitMemberId(id).name)} | ${memberDoc(id).summary.replace(/\n+/g, ' ')} |\n`
    return md + '\n'
  }
  const order = { M: 1, P: 2, F: 3, E: 4 }
  const sorted = ms.sort((a, b) => {
    const ca = splitMemberId(a).name === '#ctor' ? 0 : order[a[0]]
    const cb = splitMemberId(b).name === '#ctor' ? 0 : order[b[0]]
    return ca - cb || memberTitle(a).localeCompare(memberTitle(b), 'en')
  })
  for (const id of sorted) md += renderMember(id, 3)
  return md
}

// ---------- writing the pages ----------
rmSync(outDir, { recursive: true, force: true, maxRetries: 2 })
mkdirSync(partialsDir, { recursive: true })
writeFileSync(join(outDir, '.gitignore'), '*\n!.gitignore\n')

const header = '<!-- Generated by docs/scripts/gen-api.mjs from the XML documentation; do not edit. -->\n\n'
const namespaces = [...new Set(typeIds.map(namespaceOf))].sort()
const typesIn = (ns) => typeIds.filter((t) => namespaceOf(t) === ns).sort((a, b) => shortTypeName(a).localeCompare(shortTypeName(b), 'en'))

let index = `${header}# API reference\n\nGenerated from the XML documentation of the ${[...new Set(assemblyOf.values())].map(code).join(' and ')} assemblies: every public type and member, with its summary, remarks, parameters, return value, default value and exceptions.\n\n`
for (const ns of namespaces) {
  const types = typesIn(ns)
  index += `## [${ns}](./${ns}.md)\n\n| Type | Summary |\n|---|---|\n`
  for (const t of types) index += `| [${code(shortTypeName(t))}](./${ns}.md#${typeAnchor(t)}) | ${memberDoc(`T:${t}`).summary.replace(/\n+/g, ' ')} |\n`
  index += '\n'

  let page = `---\noutline: 2\n---\n\n${header}# ${ns}\n\n`
  page += types.map((t) => `- [${code(shortTypeName(t))}](#${typeAnchor(t)})`).join('\n') + '\n\n'
  for (const t of types) page += renderType(t)
  writeFileSync(join(outDir, `${ns}.md`), tidy(page) + '\n')
}
writeFileSync(join(outDir, 'index.md'), tidy(index) + '\n')

// Options tables for the framework pages: every settable property of a *Options class, with its <value>.
let partials = 0
for (const t of typeIds.filter((t) => /Options$/.test(t))) {
  // Only classes whose properties carry <value> defaults (StrategyModelOptions only groups the others).
  const props = membersOf(t).filter((id) => id[0] === 'P')
  if (!props.some((id) => memberDoc(id).value)) continue
  let md = `| Option | Meaning | Default |\n|---|---|---|\n`
  for (const id of props) {
    const d = memberDoc(id)
    md += `| [${code(splitMemberId(id).name)}](${pageOf(t)}#${memberAnchor(id)}) | ${d.summary.replace(/\n+/g, ' ')} | ${(d.value || 'Not documented.').replace(/\n+/g, ' ')} |\n`
  }
  writeFileSync(join(partialsDir, `options-${t.split('.').pop()}.md`), md)
  partials++
}

const pages = readdirSync(outDir).filter((f) => f.endsWith('.md'))
const shownMembers = typeIds.reduce((n, t) => n + membersOf(t).length, 0)
const signed = typeIds.reduce((n, t) => n + membersOf(t).filter((id) => signatureOf(id)).length, 0)
console.log(`gen-api: ${typeIds.length} public types (${internalTypes.length} documented internal types left out), ${shownMembers} members, ` +
  `${typeIds.length + signed} C# signatures -> ${pages.length} pages in docs/api, ${partials} options tables`)
