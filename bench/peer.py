#!/usr/bin/env python3
"""The Python peer for careergraph's benchmarks: what a competent Python user would write.

    python3 bench/peer.py DIR [--k 10] [--queries 50] [--only-import]

DIR is a corpus made by bench/gen_corpus.py (DIR/guides/*.md, DIR/vocabulary/*.yaml,
DIR/pairs.txt). The script reads the guides (PyYAML's CSafeLoader for the front matter, regular
expressions for headings, bullets and chains), matches skill bullets against the taxonomy, builds
a networkx.DiGraph and times the queries careergraph answers. It prints one JSON object on stdout.

Next-role ranking (the `next_all_roles_s` figure), for every role r:
  candidates = progression successors s of r, and two-step successors t (r -> s -> t, t != r);
  evidence(r, s) = number of chain lines citing the move r -> s;
  evidence of a two-step candidate t = max over intermediates s of 0.5 * evidence(r,s) * evidence(s,t)
  (a role that is also a direct successor keeps its direct evidence);
  score = evidence + Jaccard(skills(r), skills(candidate)), skills from the guides' skill bullets;
  keep the 10 best (ties: smaller role id first).
"""

import time

T_START = time.perf_counter()

import argparse  # noqa: E402
import heapq  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import unicodedata  # noqa: E402
from pathlib import Path  # noqa: E402

import networkx as nx  # noqa: E402
import yaml  # noqa: E402

try:
    from yaml import CSafeLoader as Loader
except ImportError:  # PyYAML built without libyaml
    Loader = yaml.SafeLoader
    print("peer: yaml.CSafeLoader is not available; falling back to the pure-Python SafeLoader "
          "(front matter parsing will be much slower)", file=sys.stderr)

T_IMPORTED = time.perf_counter()

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
BULLET = re.compile(r"^[ \t]*(?:[*+-]|\d+[.)])[ \t]+(.*\S)[ \t]*$")
ARROW = re.compile(r"\s*(?:→|⇒|➔|➡|➜|⟶|->|=>)\s*")
HAS_ARROW = re.compile(r"→|⇒|➔|➡|➜|⟶|->|=>")
NUMBERING = re.compile(r"^\s*\d+(?:\.\d+)*[.)]?\s*")
TITLE_SUFFIX = re.compile(r"\s*(?:のプロジェクトポジション|のキャリアガイド|career guide)\s*$", re.I)
TRAILING_PAREN = re.compile(r"^(.*?)\s*[（(]([^（）()]*)[）)]\s*$")
ALIAS_SPLIT = re.compile(r"\s*[,、，]\s*")
SLUG_SUFFIX = re.compile(r"_(?:career_)?guide$")


def norm(s):
    """NFKC, case folding, whitespace collapsed: the key for names and skills."""
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


def is_word(ch):
    return ch < "\x80" and ch.isalnum()


class SkillMatcher:
    """Longest match over normalised text against a dict of normalised names and aliases.

    Keys that begin (end) with an ASCII letter or digit only match at an ASCII word boundary,
    so "go" does not match inside "google"."""

    def __init__(self, skills):
        self.keys = {}
        for sk in skills:
            names = sk.get("names") or {}
            for name in [sk["id"], names.get("ja"), names.get("en"), *(sk.get("aliases") or [])]:
                if name:
                    self.keys.setdefault(norm(str(name)), sk["id"])
        by_first = {}
        for k in self.keys:
            by_first.setdefault(k[0], set()).add(len(k))
        self.lengths = {c: sorted(ls, reverse=True) for c, ls in by_first.items()}

    def match(self, text):
        t = norm(text)
        n = len(t)
        found = []
        i = 0
        while i < n:
            hit = None
            lengths = self.lengths.get(t[i])
            if lengths and not (is_word(t[i]) and i > 0 and is_word(t[i - 1])):
                for L in lengths:
                    j = i + L
                    if j > n:
                        continue
                    sid = self.keys.get(t[i:j])
                    if sid is not None and not (is_word(t[j - 1]) and j < n and is_word(t[j])):
                        hit = (sid, j)
                        break
            if hit:
                if hit[0] not in found:
                    found.append(hit[0])
                i = hit[1]
            else:
                i += 1
        return found


class Sections:
    """Heading keywords from sections.yaml: section kinds, skill subsections, skipped headings."""

    def __init__(self, data):
        def kw(d):
            return [norm(w) for lang in ("ja", "en") for w in (d or {}).get(lang, []) or []]

        self.kinds = [(kind, kw(d)) for kind, d in (data.get("sections") or {}).items()]
        self.subs = [(kind, kw(d)) for kind, d in (data.get("subsections") or {}).items()]
        self.skip = kw(data.get("skip"))

    @staticmethod
    def _find(table, heading):
        h = norm(NUMBERING.sub("", heading))
        for kind, words in table:
            if any(w in h for w in words):
                return kind
        return None

    def kind(self, heading):
        return self._find(self.kinds, heading)

    def sub(self, heading):
        return self._find(self.subs, heading)

    def skipped(self, heading):
        h = norm(heading)
        return any(w in h for w in self.skip)


def parse_guide(path, sections):
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    m = FRONT_MATTER.match(text)
    meta, body_line = {}, 1
    if m:
        meta = yaml.load(m.group(1), Loader=Loader) or {}
        body_line = m.group(0).count("\n") + 1
        text = text[m.end():]
    chains, skill_bullets, learning = [], [], []
    section = sub = None
    skipping_level = 0
    group = ""
    for lineno, line in enumerate(text.split("\n"), body_line):
        h = HEADING.match(line) if line.startswith("#") else None
        if h:
            level = len(h.group(1))
            title = h.group(2)
            if skipping_level and level > skipping_level:
                continue
            skipping_level = 0
            if sections.skipped(title):
                skipping_level = level
            elif level <= 2:
                section, sub, group = sections.kind(title), None, ""
            elif section == "skills":
                sub = sections.sub(title)
            elif section == "learning":
                group = title
            continue
        if skipping_level or section not in ("career", "skills", "learning"):
            continue
        b = BULLET.match(line)
        if not b:
            continue
        item = b.group(1)
        if section == "career":
            if HAS_ARROW.search(item):
                steps = [s.strip() for s in ARROW.split(item) if s.strip()]
                if len(steps) >= 2:
                    chains.append((steps, lineno))
        elif section == "skills":
            skill_bullets.append((sub or "technical", item))
        elif section == "learning":
            learning.append((group, item))
    return meta, chains, skill_bullets, learning


def role_from_meta(meta, path):
    slug = str(meta.get("slug") or path.stem)
    rid = SLUG_SUFFIX.sub("", slug)
    title = TITLE_SUFFIX.sub("", str(meta.get("title") or rid))
    aliases = []
    m = TRAILING_PAREN.match(title)
    if m and m.group(1):
        title = m.group(1)
        aliases = [a for a in ALIAS_SPLIT.split(m.group(2)) if a]
    return rid, slug, title.strip(), aliases


def as_list(v):
    if v is None:
        return []
    if isinstance(v, str):
        return [x for x in ALIAS_SPLIT.split(v.strip()) if x]
    return [str(x) for x in v]


def build(corpus):
    vdir = corpus / "vocabulary"
    with open(vdir / "skills.yaml", encoding="utf-8") as f:
        skills = yaml.load(f, Loader=Loader)["skills"]
    with open(vdir / "roles.yaml", encoding="utf-8") as f:
        vocab_roles = yaml.load(f, Loader=Loader)["roles"]
    with open(vdir / "sections.yaml", encoding="utf-8") as f:
        sections = Sections(yaml.load(f, Loader=Loader))
    matcher = SkillMatcher(skills)

    G = nx.DiGraph()
    names = {}  # normalised name -> role id

    def register(rid, keys, **attrs):
        if rid not in G:
            G.add_node(rid, **attrs)
        else:
            for k, v in attrs.items():
                if v is not None:
                    G.nodes[rid][k] = v
        for k in keys:
            if k:
                names.setdefault(norm(str(k)), rid)

    for r in vocab_roles:
        n = r.get("names") or {}
        register(r["id"], [r["id"], n.get("ja"), n.get("en"), *(r.get("aliases") or [])],
                 name=n.get("ja") or r["id"], track=r.get("track"), level=r.get("level"), skills=frozenset(),
                 guide=None)

    parsed = []
    for path in sorted((corpus / "guides").glob("*.md")):
        meta, chains, skill_bullets, learning = parse_guide(path, sections)
        rid, slug, name, aliases = role_from_meta(meta, path)
        role_skills = []
        matched = 0
        for _kind, text in skill_bullets:
            found = matcher.match(text)
            matched += bool(found)
            role_skills.extend(s for s in found if s not in role_skills)
        items = [(text, matcher.match(group + " " + text)) for group, text in learning]
        register(rid, [rid, slug, name, *aliases], name=name, skills=frozenset(role_skills), guide=path.name,
                 learning=items)
        parsed.append((path.name, rid, meta, chains, len(skill_bullets), matched))

    def resolve(name):
        key = norm(name)
        rid = names.get(key)
        if rid is None:  # a name no role has: a role without a guide
            rid = key
            register(rid, [key], name=name, track=None, level=None, skills=frozenset(), guide=None)
        return rid

    stats = {"skill_bullets": 0, "skill_bullets_matched": 0}
    for fname, rid, meta, chains, n_bullets, matched in parsed:
        stats["skill_bullets"] += n_bullets
        stats["skill_bullets_matched"] += matched
        for steps, lineno in chains:
            ids = [resolve(s) for s in steps]
            for a, b in zip(ids, ids[1:]):
                if a == b:
                    continue
                if G.has_edge(a, b) and G[a][b]["kind"] == "progression":
                    e = G[a][b]
                    e["count"] += 1
                    e["evidence"].append(f"{fname}:{lineno}")
                else:
                    related = G.has_edge(a, b)
                    G.add_edge(a, b, kind="progression", count=1, evidence=[f"{fname}:{lineno}"], related=related)
        for other in as_list(meta.get("related_jobs")):
            o = resolve(SLUG_SUFFIX.sub("", other))
            if o == rid:
                continue
            if G.has_edge(rid, o):
                G[rid][o]["related"] = True
            else:
                G.add_edge(rid, o, kind="related", related=True)

    P = nx.DiGraph()
    P.add_nodes_from(G.nodes)
    P.add_edges_from((a, b, {"count": d["count"]}) for a, b, d in G.edges(data=True) if d["kind"] == "progression")
    stats["progression_edges"] = P.number_of_edges()
    stats["related_edges"] = sum(1 for *_, d in G.edges(data=True) if d["kind"] == "related")
    return G, P, len(parsed), stats


def rank_next(G, P, top=10):
    skills = {n: d.get("skills") or frozenset() for n, d in G.nodes(data=True)}

    def jaccard(a, b):
        if not a and not b:
            return 0.0
        return len(a & b) / len(a | b)

    result = {}
    for r in P.nodes:
        ev = {}
        for s, d1 in P[r].items():
            ev[s] = d1["count"]
        direct = set(ev)
        for s, d1 in P[r].items():
            for t, d2 in P[s].items():
                if t == r or t in direct:
                    continue
                v = 0.5 * d1["count"] * d2["count"]
                if v > ev.get(t, 0.0):
                    ev[t] = v
        sr = skills[r]
        scored = [(e + jaccard(sr, skills[c]), c) for c, e in ev.items()]
        result[r] = heapq.nsmallest(top, scored, key=lambda x: (-x[0], x[1]))
    return result


def main():
    ap = argparse.ArgumentParser(description="networkx peer for careergraph benchmarks")
    ap.add_argument("corpus", help="directory made by bench/gen_corpus.py")
    ap.add_argument("--k", type=int, default=10, help="paths per pair for the k-shortest-paths query")
    ap.add_argument("--queries", type=int, default=50, help="pairs used for the k-shortest-paths query")
    ap.add_argument("--only-import", action="store_true", help="exit right after reading and building")
    args = ap.parse_args()
    corpus = Path(args.corpus)

    t0 = time.perf_counter()
    G, P, n_guides, stats = build(corpus)
    import_build_s = time.perf_counter() - t0
    out = {"import_build_s": round(import_build_s, 4), "guides": n_guides, "roles": G.number_of_nodes(),
           "edges": G.number_of_edges()}
    if args.only_import:
        print(json.dumps(out))
        return

    pairs = []
    with open(corpus / "pairs.txt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a, b = line.rstrip("\n").split("\t")
                pairs.append((a, b))

    found = steps = 0
    t0 = time.perf_counter()
    for a, b in pairs:
        try:
            path = nx.shortest_path(P, a, b)
            found += 1
            steps += len(path) - 1
        except (nx.NetworkXNoPath, nx.NodeNotFound):
            pass
    sp_s = time.perf_counter() - t0

    kq = pairs[: args.queries]
    kpaths = 0
    t0 = time.perf_counter()
    for a, b in kq:
        try:
            kpaths += sum(1 for _ in itertools.islice(nx.shortest_simple_paths(P, a, b), args.k))
        except (nx.NetworkXNoPath, nx.NodeNotFound):
            pass
    kp_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    ranking = rank_next(G, P)
    next_s = time.perf_counter() - t0

    out.update({
        "shortest_path_us_per_query": round(sp_s / max(1, len(pairs)) * 1e6, 2),
        "k_paths_ms_per_query": round(kp_s / max(1, len(kq)) * 1e3, 3),
        "k": args.k,
        "next_all_roles_s": round(next_s, 4),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        # Extra context (not part of the comparison contract).
        "module_import_s": round(T_IMPORTED - T_START, 4),
        "progression_edges": stats["progression_edges"],
        "related_edges": stats["related_edges"],
        "skill_bullets": stats["skill_bullets"],
        "skill_bullets_matched": stats["skill_bullets_matched"],
        "pairs": len(pairs),
        "paths_found": found,
        "mean_steps": round(steps / max(1, found), 3),
        "k_queries": len(kq),
        "k_paths_found": kpaths,
        "roles_ranked": sum(1 for v in ranking.values() if v),
        "yaml_loader": Loader.__name__,
    })
    print(json.dumps(out))


if __name__ == "__main__":
    main()
