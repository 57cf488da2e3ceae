#!/usr/bin/env python3
"""Cuts the small O*NET and ESCO slices in tests/data/onet and tests/data/esco out of the real
releases in ../shared/realdata (not on users' machines). Rows are kept as published; only the
selection is ours. Run from the repository root: python3 tests/data/make_taxonomy_slices.py
"""
import csv
import os
import sys

REAL = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "realdata")
ONET = os.path.join(REAL, "onet-29.3")
ESCO = os.path.join(REAL, "esco-1.1.1")
OUT = os.path.dirname(os.path.abspath(__file__))

# Software Developers (no skill ratings in 29.3), Computer Programmers, Computer Systems
# Engineers/Architects, IT Project Managers, Computer and Information Systems Managers, Software
# QA Analysts and Testers.
CODES = ["15-1252.00", "15-1251.00", "15-1299.08", "15-1299.09", "11-3021.00", "15-1253.00"]
# Skills and knowledge elements kept (a dozen of 35 + 33).
ELEMENTS = {"2.A.1.a", "2.A.1.d", "2.A.2.a", "2.B.3.e", "2.B.2.i", "2.B.4.e", "2.B.5.d",
            "2.B.1.a", "2.C.3.a", "2.C.1.a", "2.C.1.e", "2.C.4.a", "2.C.4.b"}


def onet_rows(name, keep, limit_per_code=None):
    src = os.path.join(ONET, name)
    with open(src, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    header, rows = lines[0], [l for l in lines[1:] if l]
    cols = header.split("\t")
    out, per = [header], {}
    for line in rows:
        r = dict(zip(cols, line.split("\t")))
        if not keep(r):
            continue
        code = r["O*NET-SOC Code"]
        per[code] = per.get(code, 0) + 1
        if limit_per_code and per[code] > limit_per_code:
            continue
        out.append(line)
    with open(os.path.join(OUT, "onet", name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")


def onet():
    onet_rows("Occupation Data.txt", lambda r: r["O*NET-SOC Code"] in CODES)
    onet_rows("Job Zones.txt", lambda r: r["O*NET-SOC Code"] in CODES)
    onet_rows("Alternate Titles.txt", lambda r: r["O*NET-SOC Code"] in CODES and
              (r["Alternate Title"] in ("Software Developer", "Software Engineer", "Programmer",
                                        "Application Developer", "IT Project Manager", "CIO",
                                        "Chief Information Officer (CIO)", "Software Architect",
                                        "Quality Assurance Analyst", "Systems Architect",
                                        "Information Technology Director (IT Director)",
                                        "Solutions Architect", "Software Project Manager")
               or r["Short Title"] in ("CIO", "IT Director")))
    onet_rows("Related Occupations.txt", lambda r: r["O*NET-SOC Code"] in CODES and
              r["Related O*NET-SOC Code"] in CODES)
    for name in ("Skills.txt", "Knowledge.txt"):
        onet_rows(name, lambda r: r["O*NET-SOC Code"] in CODES and r["Element ID"] in ELEMENTS)
    onet_rows("Technology Skills.txt", lambda r: r["O*NET-SOC Code"] in CODES and
              r["Example"] in ("Python", "Git", "Oracle Java", "Microsoft Project", "Atlassian JIRA",
                               "Microsoft Excel", "Selenium", "Docker"))


ESCO_OCCUPATIONS = {
    "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1",  # software developer
    "http://data.europa.eu/esco/occupation/8b6388a4-4904-471b-9331-d3b1211f5525",  # ICT project manager
    "http://data.europa.eu/esco/occupation/bd272aee-adc9-4a06-a15c-a73b4b4a46a7",  # ICT application developer
}
BLOCKCHAIN_LABEL = "blockchain developer"
DANGLING = "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e"


def read_csv(name):
    with open(os.path.join(ESCO, name), encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        header = next(r)
        return header, [row for row in r]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, "esco", name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def esco():
    h, occ = read_csv("occupations_en.csv")
    uri, label = h.index("conceptUri"), h.index("preferredLabel")
    occs = set(ESCO_OCCUPATIONS)
    occs |= {r[uri] for r in occ if r[label] == BLOCKCHAIN_LABEL}
    occ_header = h

    h, rel = read_csv("occupationSkillRelations.csv")
    o, t, st, s = (h.index(c) for c in ("occupationUri", "relationType", "skillType", "skillUri"))
    # One of the five rows with an empty skillType, and its occupation (ICT security administrator).
    empty = [r for r in rel if r[st] == ""][0]
    occs.add(empty[o])
    kept, per = [], {}
    for r in rel:
        if r[o] in occs or r[o] == DANGLING:
            key = (r[o], r[t])
            per[key] = per.get(key, 0) + 1
            if per[key] <= (2 if r[o] == DANGLING else 6) or r is empty:
                kept.append(r)
    skills = {r[s] for r in kept}
    write_csv("occupations_en.csv", occ_header, [r for r in occ if r[uri] in occs])
    write_csv("occupationSkillRelations.csv", h, kept)

    h, sk = read_csv("skills_en.csv")
    su = h.index("conceptUri")
    write_csv("skills_en.csv", h, [r for r in sk if r[su] in skills])
    missing_skill_occ = {r[o] for r in kept if r[o] not in occs and r[o] != DANGLING}
    if missing_skill_occ:
        print("note: relations of occupations outside the slice:", missing_skill_occ, file=sys.stderr)

    h, br = read_csv("broaderRelationsOccPillar.csv")
    c, b = h.index("conceptUri"), h.index("broaderUri")
    write_csv("broaderRelationsOccPillar.csv", h,
              [r for r in br if (r[c] in occs and (r[b] in occs or "isco" in r[b])) or r[c] == DANGLING])

    h, ss = read_csv("skillSkillRelations.csv")
    a, z = h.index("originalSkillUri"), h.index("relatedSkillUri")
    write_csv("skillSkillRelations.csv", h, [r for r in ss if r[a] in skills and r[z] in skills][:5])


if __name__ == "__main__":
    onet()
    esco()
