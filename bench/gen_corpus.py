#!/usr/bin/env python3
"""Generate a synthetic corpus of career guides in the seed format, for benchmarks.

    python3 bench/gen_corpus.py --guides N --seed S --out DIR

Writes DIR/guides/g00001.md ..., DIR/vocabulary/{skills,roles,sections}.yaml, DIR/pairs.txt
(200 `from_id<TAB>to_id` query pairs whose shortest progression route has at least 3 steps) and
DIR/corpus.json (parameters and counts, for reference). The same arguments always produce
byte-identical files: every random choice comes from random.Random seeded with integers derived
from --seed, iteration is over lists or insertion-ordered dicts only, and nothing reads the clock.

Corpus model (see bench/README.md): each guide is about one role; roles sit on a track and a
level 1-7; the career-path section has 2-4 chains naming other generated roles by their exact
name, moving to the same or a higher level (mostly +1), mostly within the track.
"""

import argparse
import json
import re
import sys
import unicodedata
from collections import deque
from pathlib import Path
import random

sys.dont_write_bytecode = True  # keep bench/ free of __pycache__
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import prose  # noqa: E402
import taxonomy  # noqa: E402

SECTIONS_YAML = HERE.parent / "data" / "vocabulary" / "sections.yaml"
N_PAIRS = 200
MIN_GUIDES = 20


def norm(s):
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


def weighted(rng, items):
    """items: list of (value, weight); deterministic for a given rng state."""
    total = sum(w for _, w in items)
    x = rng.random() * total
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


# ---------------------------------------------------------------------------------------------
# Taxonomy


class Skill:
    __slots__ = ("id", "ja", "en", "kind", "parent", "aliases", "children")

    def __init__(self, sid, ja, en, kind, parent, aliases):
        self.id, self.ja, self.en, self.kind, self.parent, self.aliases = sid, ja, en, kind, parent, aliases
        self.children = []


def load_taxonomy():
    skills = {}
    owner = {}
    for line in taxonomy.SKILL_ROWS.strip().splitlines():
        sid, ja, en, kind, parent, aliases = line.split("|")
        aliases = [a for a in aliases.split(";") if a]
        if sid in skills:
            raise SystemExit(f"taxonomy: duplicate id {sid}")
        sk = Skill(sid, ja, en, kind, parent or None, aliases)
        for key in {norm(k) for k in [sid, ja, en, *aliases]}:
            if key in owner:
                raise SystemExit(f"taxonomy: key '{key}' of {sid} already belongs to {owner[key]}")
            owner[key] = sid
        skills[sid] = sk
    for sk in skills.values():
        if sk.parent:
            if sk.parent not in skills:
                raise SystemExit(f"taxonomy: {sk.id} has unknown parent {sk.parent}")
            skills[sk.parent].children.append(sk.id)
    pools = {}
    for track, (tech, mgmt) in taxonomy.TRACK_SKILLS.items():
        t, m = tech.split(), mgmt.split()
        for sid in t + m:
            if sid not in skills:
                raise SystemExit(f"taxonomy: pool {track} names unknown skill {sid}")
        pools[track] = (t, m)
    return skills, pools


# ---------------------------------------------------------------------------------------------
# Roles


class Role:
    __slots__ = ("idx", "id", "ja", "en", "track", "level", "num")

    def __init__(self, idx, rid, ja, en, track, level, num):
        self.idx, self.id, self.ja, self.en, self.track, self.level, self.num = idx, rid, ja, en, track, level, num


def slugify(en):
    return re.sub(r"[^a-z0-9]+", "_", en.lower()).strip("_")


def make_roles(n, seed):
    rng = random.Random(seed)
    width = max(4, len(str(n)))
    roles = [None]  # 1-based
    for i in range(1, n + 1):
        track = weighted(rng, taxonomy.TRACK_WEIGHTS)
        levels = sorted(taxonomy.ROLE_TITLES[track])
        level = weighted(rng, [(lv, taxonomy.LEVEL_WEIGHTS[lv]) for lv in levels])
        ja, en = rng.choice(taxonomy.ROLE_TITLES[track][level])
        num = f"{i:0{width}d}"
        roles.append(Role(i, f"{slugify(en)}_{num}", f"{ja} {num}", f"{en} {num}", track, level, num))
    return roles


class Mover:
    """Picks predecessor / successor roles for chains."""

    def __init__(self, roles):
        self.roles = roles
        self.buckets = {}
        for r in roles[1:]:
            self.buckets.setdefault((r.track, r.level), []).append(r.idx)
        self.prev_tracks = {t: [x for x in taxonomy.TRACK_NEXT if t in taxonomy.TRACK_NEXT[x]]
                            for t in taxonomy.TRACK_NEXT}

    def _pick(self, rng, key, exclude):
        bucket = self.buckets.get(key)
        if not bucket:
            return None
        head = max(3, len(bucket) // 15)
        for _ in range(8):
            # Most picks come from the front of the bucket: some roles are popular (the usual
            # stepping stones), so routes stay short and popular moves are cited by many guides.
            if rng.random() < 0.75:
                c = bucket[int(min(head, len(bucket)) * rng.random())]
            else:
                c = bucket[rng.randrange(len(bucket))]
            if c not in exclude:
                return c
        start = rng.randrange(len(bucket))
        for k in range(len(bucket)):
            c = bucket[(start + k) % len(bucket)]
            if c not in exclude:
                return c
        return None

    def step(self, rng, idx, exclude, up):
        r = self.roles[idx]
        sign = 1 if up else -1
        x = rng.random()
        dl = 1 if x < 0.8 else (0 if x < 0.9 else 2)
        others = taxonomy.TRACK_NEXT[r.track] if up else self.prev_tracks[r.track]
        track = r.track if (rng.random() < 0.8 or not others) else rng.choice(others)
        L = r.level
        options = [(track, L + sign * dl), (r.track, L + sign)]
        options += [(t, L + sign) for t in others]
        options.append((r.track, L + 2 * sign))
        for key in options:
            if 1 <= key[1] <= 7:
                c = self._pick(rng, key, exclude)
                if c is not None:
                    return c
        return None


def make_chains(rng, mover, idx):
    r = mover.roles[idx]
    want = rng.randint(2, 4)
    chains, seen = [], set()
    for _ in range(30):
        if len(chains) >= want:
            break
        length = weighted(rng, [(3, 40), (4, 45), (5, 15)])
        if r.level == 1:
            mode = weighted(rng, [("start", 85), ("mid", 15)])
        elif r.level == 7:
            mode = "end"
        elif r.level == 2:
            mode = weighted(rng, [("end", 40), ("mid", 30), ("start", 30)])
        else:
            mode = weighted(rng, [("end", 70), ("mid", 15), ("start", 15)])
        if mode == "end":
            back, fwd = length - 1, 0
        elif mode == "start":
            back, fwd = 0, length - 1
        else:
            back = rng.randint(1, length - 2)
            fwd = length - 1 - back
        chain = [idx]
        for _ in range(back):
            p = mover.step(rng, chain[0], chain, up=False)
            if p is None:
                break
            chain.insert(0, p)
        for _ in range(fwd):
            s = mover.step(rng, chain[-1], chain, up=True)
            if s is None:
                break
            chain.append(s)
        if len(chain) < 2 or tuple(chain) in seen:
            continue
        seen.add(tuple(chain))
        chains.append(chain)
    return chains


# ---------------------------------------------------------------------------------------------
# Text


YAML_SPECIAL_START = set("-?:,[]{}#&*!|>'\"%@` ")
YAML_PLAIN_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"}


def yq(s):
    """A YAML scalar for s: plain when safe, else double-quoted (JSON strings are valid YAML)."""
    if (not s or s[0] in YAML_SPECIAL_START or s[-1] in " :" or ": " in s or " #" in s
            or s.lower() in YAML_PLAIN_WORDS or re.fullmatch(r"[-+.0-9eE_:]+", s)):
        return json.dumps(s, ensure_ascii=False)
    return s


class Writer:
    def __init__(self, rng, skills):
        self.rng = rng
        self.skills = skills

    def sname(self, sid):
        sk = self.skills[sid]
        x = self.rng.random()
        if x < 0.72 or (x >= 0.86 and not sk.aliases):
            return sk.ja
        if x < 0.86:
            return sk.en
        return self.rng.choice(sk.aliases)

    def fill(self, tpl, ctx):
        return tpl.format(**ctx)


def context(rng, w, role, skill_ids):
    def pick_skill():
        return w.sname(rng.choice(skill_ids))

    orgs = rng.sample(prose.ORGS, 2)
    return {
        "name": role.ja, "en": role.en, "s1": pick_skill(), "s2": pick_skill(), "s3": pick_skill(),
        "p": chr(ord("A") + rng.randrange(26)), "n": rng.randint(2, 9), "m": rng.randint(2, 12),
        "ind": rng.choice(prose.INDUSTRIES), "org": orgs[0], "org2": orgs[1],
    }


def paragraph(rng, w, role, skill_ids, bank, k, ordered=False):
    ctx = context(rng, w, role, skill_ids)
    picks = rng.sample(range(len(bank)), k)
    if ordered:
        picks.sort()
    return "".join(bank[i].format(**ctx) for i in picks)


def skill_bullet(rng, w, sid, pool):
    sk = w.skills[sid]
    text = w.sname(sid)
    used = [sid]
    x = rng.random()
    if sk.children and x < 0.3:
        ex = rng.sample(sk.children, min(len(sk.children), rng.randint(2, 3)))
        sep = rng.choice([", ", "、"])
        text += "（" + sep.join(w.skills[c].ja if rng.random() < 0.7 else w.skills[c].en for c in ex) + "）"
        used += ex
    elif x < 0.5:
        other = rng.choice(pool)
        if other != sid:
            text += rng.choice(["、", "と", "・"]) + w.sname(other)
            used.append(other)
    return text + rng.choice(prose.SKILL_SUFFIX), used


def render_guide(role, spec, rng, skills, roles):
    w = Writer(rng, skills)
    tech_pool, mgmt_pool = spec["pools"]
    tech, mgmt = spec["tech"], spec["mgmt"]
    all_skills = tech + mgmt
    name = role.ja
    slug = f"{role.id}_career_guide"
    title = f"{role.ja}（{role.en}）のプロジェクトポジション"

    out = []
    add = out.append

    # Front matter, keys in alphabetical order like the seed.
    kw = [role.ja, role.en] + [skills[s].ja for s in all_skills[: rng.randint(3, 5)]]
    tags = [skills[s].ja for s in rng.sample(all_skills, min(len(all_skills), rng.randint(4, 8)))]
    meta = (f"{name}の役割、必要な{skills[tech[0]].ja}・{skills[mgmt[0]].ja}などのスキル、"
            f"キャリアパス、そして面接での対策を網羅的に解説します。")
    add("---")
    add(f"category: {yq(taxonomy.CATEGORY[role.track])}")
    add(f"keywords: {yq(', '.join(kw))}")
    add(f"meta_description: {yq(meta)}")
    add("related_jobs:")
    for rid in spec["related"]:
        add(f"- {yq(roles[rid].id)}")
    add(f"slug: {yq(slug)}")
    add("tags:")
    for t in tags:
        add(f"- {yq(t)}")
    add(f"thumbnail: {yq('/static/img/' + slug + '.png')}")
    add(f"title: {yq(title)}")
    add("---")
    add("")
    add(f"# {title}")
    add("")
    add("")

    stories = rng.sample(prose.STORY_TITLES, 5)

    def story():
        add(f"### 🔍 ストーリー：{stories.pop()}")
        add("")
        add(paragraph(rng, w, role, all_skills, prose.STORY, rng.randint(4, 6), ordered=True))
        add("")

    def rule():
        add("---")
        add("")

    # 1. What it is
    add(f"## 1. {name}とは？")
    add("")
    intro = rng.sample(prose.INTRO, rng.randint(5, 7))
    ctx = context(rng, w, role, all_skills)
    add("".join(t.format(**ctx) for t in intro[:3]))
    add("")
    add("".join(t.format(**ctx) for t in intro[3:]))
    add("")
    story()
    rule()

    # 2. Duties
    add("## 2. 主な業務")
    add("")
    duties = prose.DUTIES[role.track]
    for d in rng.sample(duties, min(len(duties), rng.randint(5, 7))):
        add(f"* {d}")
    add("")
    if rng.random() < 0.5:
        story()
    rule()

    # 3. Skills
    add("## 3. 必要なスキルとツール")
    add("")
    add("### 技術スキル")
    add("")
    for sid in tech:
        add(f"* {skill_bullet(rng, w, sid, tech_pool)[0]}")
    add("")
    add("### 経営・マネジメントスキル")
    add("")
    for sid in mgmt:
        add(f"* {skill_bullet(rng, w, sid, mgmt_pool)[0]}")
    add("")
    if rng.random() < 0.5:
        story()
    rule()

    # 4. Collaboration
    add(f"## 4. {name}の協業スタイル")
    add("")
    for p in rng.sample(prose.PARTNERS, rng.randint(4, 6)):
        add(f"* **{p}**：{rng.choice(prose.PARTNER_PHRASES)}")
    add("")
    rule()

    # 5. Career paths
    add(f"## 5. キャリアパスと成長の方向性（{name}）")
    add("")
    add(paragraph(rng, w, role, all_skills, prose.CAREER_INTRO, rng.randint(1, 2)))
    add("")
    add("### 主なキャリアパス")
    add("")
    for chain in spec["chains"]:
        arrow = weighted(rng, [("→", 88), ("⇒", 6), ("->", 3), ("➔", 3)])
        add("* " + f" {arrow} ".join(roles[c].ja for c in chain))
    add("")
    if rng.random() < 0.6:
        story()
    rule()

    # 6. Outlook
    add(f"## 6. {name}の将来展望")
    add("")
    add(paragraph(rng, w, role, all_skills, prose.OUTLOOK_INTRO, 1))
    add("")
    for t in rng.sample(prose.TRENDS, rng.randint(4, 6)):
        add(f"* {t}")
    add("")
    add(paragraph(rng, w, role, all_skills, prose.INTRO, 2))
    add("")
    rule()

    # 7. Learning
    add(f"## 7. {name}を目指すための学習方法")
    add("")
    n_items = rng.randint(6, 12)
    n_groups = rng.randint(3, 4)
    sizes = [n_items // n_groups + (1 if g < n_items % n_groups else 0) for g in range(n_groups)]
    groups = rng.sample(prose.LEARN_GROUPS, n_groups)
    learn_pool = all_skills + rng.sample(tech_pool, min(4, len(tech_pool)))
    for g, (gname, size) in enumerate(zip(groups, sizes), 1):
        add(f"### {g}. {gname}")
        add("")
        for _ in range(size):
            a, b = rng.sample(learn_pool, 2)
            add("* " + rng.choice(prose.LEARN).format(s1=w.sname(a), s2=w.sname(b)))
        add("")
    rule()

    # 8. Interview
    add(f"## 8. 面接でよくある質問とその対策（{name}）")
    add("")
    nq = rng.randint(8, 12)
    answered = min(nq, rng.randint(6, 10))
    add(f"### 質問例と回答のポイント（抜粋{nq}問）")
    add("")
    ctx = context(rng, w, role, all_skills)
    for qi, (q, pts) in enumerate(rng.sample(prose.QUESTIONS, nq), 1):
        add(f"{qi}. **{q.format(**ctx)}**")
        if qi <= answered:
            pts = [p.format(**ctx) for p in pts] + rng.sample(prose.ANSWER_EXTRA, rng.randint(0, 2))
            add("")
            add(f"   * *回答ポイント：{'、'.join(pts)}*")
            add("")
    if answered < nq:
        add("")
    rule()
    add(rng.choice(prose.CLOSING).format(**ctx))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Vocabulary output


def js(s):
    return json.dumps(s, ensure_ascii=False)


def write_vocab(vdir, skills, roles):
    lines = ["# Synthetic skill taxonomy for careergraph benchmarks (bench/gen_corpus.py).",
             "skills:"]
    for sk in skills.values():
        lines.append(f"  - id: {sk.id}")
        lines.append(f"    names: {{ja: {js(sk.ja)}, en: {js(sk.en)}}}")
        lines.append(f"    aliases: [{', '.join(js(a) for a in sk.aliases)}]")
        lines.append(f"    kind: {sk.kind}")
        if sk.parent:
            lines.append(f"    parent: {sk.parent}")
    (vdir / "skills.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    lines = ["# Synthetic roles for careergraph benchmarks (bench/gen_corpus.py).", "roles:"]
    for r in roles[1:]:
        lines.append(f"  - id: {r.id}")
        lines.append(f"    names: {{ja: {js(r.ja)}, en: {js(r.en)}}}")
        lines.append("    aliases: []")
        lines.append(f"    track: {r.track}")
        lines.append(f"    level: {r.level}")
    (vdir / "roles.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    (vdir / "sections.yaml").write_bytes(SECTIONS_YAML.read_bytes())


# ---------------------------------------------------------------------------------------------
# Query pairs


def bfs(adj, src):
    dist = {src: 0}
    q = deque([src])
    while q:
        u = q.popleft()
        for v in adj.get(u, ()):
            if v not in dist:
                dist[v] = dist[u] + 1
                q.append(v)
    return dist


def make_pairs(rng, adj, roles):
    # Career questions start early and climb: sources at level 1-4, targets two or more levels up.
    sources = [i for i in range(1, len(roles)) if adj.get(i) and roles[i].level <= 4]
    pairs, seen = [], set()
    for _ in range(N_PAIRS * 100):
        if len(pairs) >= N_PAIRS:
            break
        s = rng.choice(sources)
        dist = bfs(adj, s)
        lv = roles[s].level
        far = [v for v, d in dist.items() if d >= 3 and roles[v].level >= lv + 2]
        if not far:
            continue
        far.sort()
        t = rng.choice(far)
        if (s, t) in seen:
            continue
        seen.add((s, t))
        pairs.append((s, t, dist[t]))
    return pairs


# ---------------------------------------------------------------------------------------------


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--guides", type=int, required=True, help="number of guides (roles) to generate")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True, help="output directory")
    args = ap.parse_args(argv)
    if args.guides < MIN_GUIDES:
        ap.error(f"--guides must be at least {MIN_GUIDES}")

    skills, pools = load_taxonomy()
    roles = make_roles(args.guides, args.seed)
    mover = Mover(roles)
    base = args.seed * 1_000_003

    specs = [None]
    adj = {}
    moves = {}
    for r in roles[1:]:
        rng = random.Random(base + r.idx)
        chains = make_chains(rng, mover, r.idx)
        tech_pool, mgmt_pool = pools[r.track]
        nt, nm = rng.randint(3, 6), rng.randint(3, 6)
        if r.level >= 5:  # senior roles lean to management bullets
            nt, nm = min(nt, 5), max(nm, 4)
        tech = rng.sample(tech_pool, min(nt, len(tech_pool)))
        mgmt = rng.sample(mgmt_pool, min(nm, len(mgmt_pool)))
        related = []
        for c in chains:
            k = c.index(r.idx)
            for j in (k - 1, k + 1):
                if 0 <= j < len(c) and c[j] not in related:
                    related.append(c[j])
        rng.shuffle(related)
        want = rng.randint(3, 6)
        related = related[: max(1, want - 2)]
        for _ in range(40):
            if len(related) >= want:
                break
            lv = min(7, max(1, r.level + rng.choice([-1, 0, 0, 1])))
            bucket = mover.buckets.get((r.track, lv)) or mover.buckets.get((r.track, r.level))
            c = rng.choice(bucket)
            if c != r.idx and c not in related:
                related.append(c)
        for c in chains:
            for a, b in zip(c, c[1:]):
                lst = adj.setdefault(a, [])
                if b not in lst:
                    lst.append(b)
                moves[(a, b)] = moves.get((a, b), 0) + 1
        specs.append({"chains": chains, "tech": tech, "mgmt": mgmt, "related": related,
                      "pools": (tech_pool, mgmt_pool)})

    out = Path(args.out)
    gdir, vdir = out / "guides", out / "vocabulary"
    gdir.mkdir(parents=True, exist_ok=True)
    vdir.mkdir(parents=True, exist_ok=True)
    for old in sorted(gdir.glob("g*.md")):
        old.unlink()
    fw = max(5, len(str(args.guides)))
    total_bytes = 0
    for r in roles[1:]:
        rng = random.Random(base + r.idx + 7_777_777_777)
        text = render_guide(r, specs[r.idx], rng, skills, roles) + "\n"
        data = text.encode("utf-8")
        total_bytes += len(data)
        (gdir / f"g{r.idx:0{fw}d}.md").write_bytes(data)
    write_vocab(vdir, skills, roles)

    pairs = make_pairs(random.Random(base + 99_999_999_989), adj, roles)
    with open(out / "pairs.txt", "w", encoding="utf-8", newline="\n") as f:
        for s, t, _ in pairs:
            f.write(f"{roles[s].id}\t{roles[t].id}\n")
    if len(pairs) < N_PAIRS:
        print(f"gen_corpus: only {len(pairs)} pairs with a route of 3+ steps", file=sys.stderr)

    hist = {}
    for _, _, d in pairs:
        hist[d] = hist.get(d, 0) + 1
    meta = {
        "generator": "bench/gen_corpus.py", "guides": args.guides, "seed": args.seed,
        "skills": len(skills), "roles": len(roles) - 1,
        "chains": sum(len(s["chains"]) for s in specs[1:]),
        "progression_moves": len(moves), "progression_citations": sum(moves.values()),
        "max_evidence": max(moves.values()) if moves else 0,
        "guide_bytes": total_bytes, "pairs": len(pairs),
        "pair_distance_histogram": {str(k): hist[k] for k in sorted(hist)},
    }
    (out / "corpus.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(meta, ensure_ascii=False))


if __name__ == "__main__":
    main()
