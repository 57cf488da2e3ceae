#!/usr/bin/env python3
"""Check that a corpus made by gen_corpus.py has the seed format and the promised properties.

    python3 bench/check_corpus.py DIR

Independent of gen_corpus.py's internals: it reads only the files in DIR. Checks, per guide:
front matter loads with PyYAML and has exactly the seed's eight keys; slug/title agree with a
role in roles.yaml; the eight numbered sections appear in order; 2-4 chain bullets, each naming
2+ roles that all exist in roles.yaml by exact name, including the guide's own role, with levels
never going down; 3-6 related_jobs that are role ids; 6-12 skill bullets (technical +
management) each containing a taxonomy name or alias; 6-12 learning bullets under `### n.`
groups each naming a taxonomy skill; numbered bold interview questions with answer points.
Also: pairs.txt has 200 distinct pairs of known role ids, each with a route of 3+ steps over the
chains. Prints a summary; exits 1 if anything failed.
"""

import re
import sys
import unicodedata
from collections import deque
from pathlib import Path

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
KEYS = ["category", "keywords", "meta_description", "related_jobs", "slug", "tags", "thumbnail", "title"]
ARROWS = re.compile(r"\s+(?:→|⇒|➔|->)\s+")


def norm(s):
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


def main():
    root = Path(sys.argv[1])
    roles = yaml.load((root / "vocabulary/roles.yaml").read_text(encoding="utf-8"), Loader=Loader)["roles"]
    skills = yaml.load((root / "vocabulary/skills.yaml").read_text(encoding="utf-8"), Loader=Loader)["skills"]
    by_id = {r["id"]: r for r in roles}
    by_name = {r["names"]["ja"]: r for r in roles}
    skill_keys = sorted({norm(k) for s in skills for k in [s["id"], s["names"]["ja"], s["names"]["en"],
                                                            *s["aliases"]]}, key=len, reverse=True)
    skill_ids = [s["id"] for s in skills]
    parents_ok = all(s.get("parent") in (None, *skill_ids) for s in skills)

    def names_skill(text):
        t = norm(text)
        return any(k in t for k in skill_keys)

    errors = []
    adj = {}
    sizes, n_chains, n_skill, n_learn = [], [], [], []
    files = sorted((root / "guides").glob("*.md"))
    for path in files:
        raw = path.read_bytes()
        sizes.append(len(raw))
        text = raw.decode("utf-8")
        where = path.name

        def err(msg):
            errors.append(f"{where}: {msg}")

        m = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if not m:
            err("no front matter")
            continue
        meta = yaml.load(m.group(1), Loader=Loader)
        if list(meta) != KEYS:
            err(f"front matter keys {list(meta)}")
        rid = meta["slug"].removesuffix("_career_guide")
        role = by_id.get(rid)
        if role is None:
            err(f"slug {meta['slug']} is not a role id")
            continue
        if meta["title"] != f"{role['names']['ja']}（{role['names']['en']}）のプロジェクトポジション":
            err(f"title {meta['title']!r}")
        rel = meta["related_jobs"]
        if not (3 <= len(rel) <= 6) or any(r not in by_id for r in rel) or rid in rel:
            err(f"related_jobs {rel}")
        if not isinstance(meta["keywords"], str) or not isinstance(meta["tags"], list):
            err("keywords/tags types")

        body = text[m.end():]
        name = role["names"]["ja"]
        heads = re.findall(r"^## (.*)$", body, re.M)
        want = [f"1. {name}とは？", "2. 主な業務", "3. 必要なスキルとツール", f"4. {name}の協業スタイル",
                f"5. キャリアパスと成長の方向性（{name}）", f"6. {name}の将来展望", f"7. {name}を目指すための学習方法",
                f"8. 面接でよくある質問とその対策（{name}）"]
        if heads != want:
            err(f"section headings {heads}")
            continue
        sec = dict(zip(range(1, 9), re.split(r"^## .*$", body, flags=re.M)[1:]))

        def no_story(s):
            return re.split(r"^### 🔍", s, flags=re.M)[0]

        # career chains
        career = no_story(sec[5].split("### 主なキャリアパス", 1)[1])
        chains = [ARROWS.split(b) for b in re.findall(r"^\* (.*)$", career, re.M)]
        n_chains.append(len(chains))
        if not 2 <= len(chains) <= 4:
            err(f"{len(chains)} chains")
        for ch in chains:
            if len(ch) < 2 or any(n not in by_name for n in ch) or name not in ch:
                err(f"chain {ch}")
                continue
            levels = [by_name[n]["level"] for n in ch]
            if any(b < a for a, b in zip(levels, levels[1:])):
                err(f"chain goes down a level: {ch} {levels}")
            for a, b in zip(ch, ch[1:]):
                adj.setdefault(by_name[a]["id"], set()).add(by_name[b]["id"])

        # skills
        sk = no_story(sec[3])
        if "### 技術スキル" not in sk or "### 経営・マネジメントスキル" not in sk:
            err("skill subsections")
        bullets = re.findall(r"^\* (.*)$", sk, re.M)
        n_skill.append(len(bullets))
        if not 6 <= len(bullets) <= 12:
            err(f"{len(bullets)} skill bullets")
        for b in bullets:
            if not names_skill(b):
                err(f"skill bullet names no taxonomy skill: {b}")

        # learning
        lr = sec[7]
        groups = re.findall(r"^### (\d+)\. ", lr, re.M)
        if groups != [str(i) for i in range(1, len(groups) + 1)] or not groups:
            err(f"learning groups {groups}")
        bullets = re.findall(r"^\* (.*)$", lr, re.M)
        n_learn.append(len(bullets))
        if not 6 <= len(bullets) <= 12:
            err(f"{len(bullets)} learning bullets")
        for b in bullets:
            if not names_skill(b):
                err(f"learning bullet names no taxonomy skill: {b}")

        # interview
        qs = re.findall(r"^(\d+)\. \*\*(.+)\*\*$", sec[8], re.M)
        answers = re.findall(r"^   \* \*回答ポイント：.+\*$", sec[8], re.M)
        if [int(q[0]) for q in qs] != list(range(1, len(qs) + 1)) or len(qs) < 8 or not answers:
            err(f"interview: {len(qs)} questions, {len(answers)} answers")

    # pairs
    pairs = [tuple(l.split("\t")) for l in (root / "pairs.txt").read_text(encoding="utf-8").splitlines()]
    dist_hist = {}
    for a, b in pairs:
        if a not in by_id or b not in by_id:
            errors.append(f"pairs.txt: unknown role in {a} {b}")
            continue
        dist = {a: 0}
        q = deque([a])
        while q and b not in dist:
            u = q.popleft()
            for v in sorted(adj.get(u, ())):
                if v not in dist:
                    dist[v] = dist[u] + 1
                    q.append(v)
        d = dist.get(b)
        if d is None or d < 3:
            errors.append(f"pairs.txt: {a} -> {b} distance {d}")
        dist_hist[d] = dist_hist.get(d, 0) + 1
    if len(pairs) != 200 or len(set(pairs)) != len(pairs):
        errors.append(f"pairs.txt: {len(pairs)} pairs, {len(set(pairs))} distinct")
    if not parents_ok:
        errors.append("skills.yaml: unknown parent")

    def rng(xs):
        return f"{min(xs)}..{max(xs)} (mean {sum(xs) / len(xs):.1f})" if xs else "-"

    print(f"guides: {len(files)}, total {sum(sizes) / 1e6:.1f} MB, per guide bytes {rng(sizes)}")
    print(f"roles: {len(roles)}, skills: {len(skills)}")
    print(f"chains per guide {rng(n_chains)}; skill bullets {rng(n_skill)}; learning bullets {rng(n_learn)}")
    print(f"progression moves: {sum(len(v) for v in adj.values())}")
    print(f"pairs: {len(pairs)}, route steps histogram {dict(sorted(dist_hist.items(), key=str))}")
    for e in errors[:30]:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
