#include "importers/corpus.h"

#include <algorithm>
#include <span>
#include <thread>
#include <unordered_set>

#include "graph/memory.h"
#include "graph/parallel.h"
#include "graph/text.h"
#include "importers/guide_parser.h"
#include "importers/loader.h"
#include "importers/skill_matcher.h"

namespace careergraph::importers {
namespace {

using graph::CareerGraph;
using graph::Diagnostic;
using graph::Diagnostics;
using graph::Severity;
using graph::Vertex;

// An id for a role known only by a name (a chain step or related_jobs entry).
std::string id_for_name(const CareerGraph& g, std::string_view name) {
  std::string base = role_id_from_slug(graph::normalize_key(name));
  std::replace(base.begin(), base.end(), ' ', '_');
  std::string id = base;
  for (int n = 2; g.find_role(id); ++n) id = base + "_" + std::to_string(n);
  return id;
}

class Builder {
 public:
  Builder(CareerGraph& g, Diagnostics& d, bool keep_text, unsigned threads)
      : g_(g), diags_(d), matcher_(g), keep_text_(keep_text), threads_(threads) {}

  // Phase 1: the role each guide is about.
  void attach(graph::Guide guide, std::optional<GuideBody> body) {
    if (!body) {
      body = pack_body(guide);
      if (!keep_text_) drop_body(guide);
    }
    std::optional<Vertex> v = g_.find_role(guide.role_id);
    if (!v) v = unique(g_.role_names().lookup(guide.role_id));
    if (!v) v = unique(g_.role_names().lookup(guide.name));
    if (v) {
      if (const auto& other = g_.role(*v).guide) {
        const graph::Guide& first = g_.guides()[*other];
        if (first.slug == guide.slug) {  // the site would publish both at one address
          diag(guide.file, guide.title_line, Severity::kError, "duplicate-role",
               "slug '" + guide.slug + "' is also the slug of " + first.file.str() +
                   "; this guide is skipped");
          return;
        }
        diag(guide.file, guide.title_line, Severity::kError, "duplicate-role",
             "role '" + g_.role(*v).id +
                 "' already has a guide: " + g_.guides()[*other].file.str() + " (slug '" +
                 g_.guides()[*other].slug + "'); this one (slug '" + guide.slug + "') is skipped");
        return;
      }
    } else {
      graph::Role r;
      r.id = guide.role_id;
      r.name = guide.name;
      v = g_.add_role(std::move(r));
    }
    graph::Role& role = g_.role(*v);
    role.sources.push_back(guide.file);
    g_.add_role_alias(*v, guide.slug);
    if (guide.role_id != role.id) g_.add_role_alias(*v, guide.role_id);
    if (guide.name != role.name) g_.add_role_alias(*v, guide.name);
    for (const auto& a : guide.aliases) g_.add_role_alias(*v, a);
    guide.role_id = role.id;
    const graph::GuideIndex gi = g_.add_guide(std::move(guide));
    role.guide = gi;
    attached_.emplace_back(gi, *v);
    bodies_.push_back(std::move(*body));
  }

  // What pack_body copied, gone from a guide the join need not leave its text to.
  // With them went the rest of a lean load's text (the parser kept no prose or page fields):
  // the guide's pointer to it is null again.
  static void drop_body(graph::Guide& guide) {
    if (!guide.has_text()) return;
    graph::GuideText& text = guide.text_mut();
    graph::release(text.skills);
    graph::release(text.learning);
    graph::release(text.chains);
    graph::release(text.related_jobs);
    guide.drop_empty_text();
  }

  // Phase 2: what the guides say, once every guide's role is known. Matching bullets against
  // the taxonomy only reads the vocabulary (the matcher indexed it when it was made) and the
  // guide itself, so that part runs on every core, a window of guides at a time; joining the
  // results into the graph (new skills, learning items, ids, edges) stays serial and in guide
  // order, so the graph is the same. Windows rather than the whole corpus at once: a 10k
  // corpus's 90,000 prepared learning items beside the table they move into were its peak
  // memory.
  void connect() {
    std::size_t items = 0;
    for (const auto& body : bodies_) items += body.items.size();
    // Every guide's text that the join does not read is freed by now, much of it on the
    // threads that parsed it: handed back before the join allocates the rest of the graph.
    graph::collect_free_memory();
    g_.reserve_learning(items);
    constexpr std::size_t kWindow = 512;
    std::vector<Prepared> prepared;
    for (std::size_t first = 0; first < attached_.size(); first += kWindow) {
      const std::size_t last = std::min(attached_.size(), first + kWindow);
      prepared.assign(last - first, {});
      const std::size_t chunk = std::clamp<std::size_t>((last - first) / 8, 1, 32);
      graph::run_parallel_ranges(last - first, chunk, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) prepared[i] = prepare(bodies_[first + i]);
      }, threads_);
      for (std::size_t i = first; i < last; ++i) {
        const auto [gi, v] = attached_[i];
        const GuideBody& body = bodies_[i];
        skills(gi, v, body, prepared[i - first]);
        learning(gi, body, prepared[i - first]);
        prepared[i - first] = {};  // its items now live in the graph; free the husks as we go
        chains(gi, body);
        related(gi, v, body);
        graph::release(bodies_[i]);  // joined: freed as we go
        if (!keep_text_) drop_text(g_.guide(gi));
      }
    }
  }

 private:
  // What a guide's bullets name, worked out before it joins the graph (thread-safe: reads the
  // matcher and the guide, writes only the result). Only the matching runs on other threads:
  // what the graph keeps (matches, learning items) is allocated when the guide joins, on the
  // joining thread. With per-thread heaps (mimalloc, glibc's arenas), what a worker allocated
  // for the graph pinned its pages while the joining thread freed and allocated in its own:
  // 5.5 MB more peak RSS on a 10k corpus.
  struct Prepared {
    std::vector<std::vector<graph::SkillIndex>> bullet_skills;  // per skill bullet
    std::vector<std::string> unmatched_keys;  // per skill bullet: its key when it matched nothing
    std::vector<std::vector<graph::SkillIndex>> item_skills;  // per learning bullet, in order
  };

  Prepared prepare(const GuideBody& body) const {
    Prepared p;
    p.bullet_skills.resize(body.skills.size());
    p.unmatched_keys.resize(body.skills.size());
    for (std::size_t b = 0; b < body.skills.size(); ++b) {
      const std::string_view text = body.view(body.skills[b].text);
      p.bullet_skills[b] = matcher_.match(text);
      if (p.bullet_skills[b].empty()) p.unmatched_keys[b] = graph::normalize_key(text);
    }
    std::size_t item = 0;
    for (const auto& group : body.groups) {
      const auto group_skills = matcher_.match(body.view(group.heading));
      for (const auto end = item + group.items; item < end; ++item) {
        auto& skills = p.item_skills.emplace_back(matcher_.match(body.view(body.items[item].text)));
        for (auto s : group_skills) {
          if (std::find(skills.begin(), skills.end(), s) == skills.end()) skills.push_back(s);
        }
      }
    }
    return p;
  }

  std::optional<Vertex> unique(std::span<const std::size_t> candidates) const {
    if (candidates.size() == 1) return static_cast<Vertex>(candidates.front());
    return std::nullopt;
  }

  graph::Resolution exact(std::string_view name) const {
    graph::Resolution r;
    const auto found = g_.role_names().lookup(name);
    if (found.size() == 1) {
      r.status = graph::Resolution::Status::kFound;
      r.index = found.front();
    } else if (found.size() > 1) {
      r.status = graph::Resolution::Status::kAmbiguous;
      r.candidates.assign(found.begin(), found.end());
      std::sort(r.candidates.begin(), r.candidates.end());
    }
    return r;
  }

  // The role a name in a chain or related_jobs refers to, created when unknown.
  std::optional<Vertex> role_for(const std::string& file, int line, int col,
                                 const std::string& name) {
    // Exact lookups: resolve() also ranks suggestions on a miss, a scan of every name, which
    // made a guide with thousands of unknown names take minutes (docs/errors.md).
    auto r = exact(name);
    if (!r.found() && r.status == graph::Resolution::Status::kUnknown) {
      const std::string stripped = role_id_from_slug(name);
      if (stripped != name) r = exact(stripped);
    }
    if (r.found()) return static_cast<Vertex>(r.index);
    if (r.status == graph::Resolution::Status::kAmbiguous) {
      std::string ids;
      for (auto c : r.candidates) ids += (ids.empty() ? "" : ", ") + g_.role(c).id;
      diag(file, line, Severity::kWarning, "ambiguous-role",
           "'" + name + "' names several roles (" + ids + "); the move is skipped", col);
      return std::nullopt;
    }
    graph::Role role;
    role.id = id_for_name(g_, role_id_from_slug(name));
    role.name = name;
    return g_.add_role(std::move(role));
  }

  void skills(graph::GuideIndex gi, Vertex v, const GuideBody& body, const Prepared& prepared) {
    graph::Guide& guide = g_.guide(gi);
    // A set beside the role's links: scanning them per bullet was quadratic (docs/errors.md).
    std::unordered_set<graph::SkillIndex> linked;
    for (const auto& l : g_.role(v).skills) linked.insert(l.skill);
    // Room for every link the bullets can add (each names its matched skills, or one of its
    // own), so that the links are not copied through vectors of doubling size.
    std::size_t most = 0;
    for (const auto& matched : prepared.bullet_skills) most += std::max<std::size_t>(1, matched.size());
    g_.role(v).skills.reserve(g_.role(v).skills.size() + most);
    std::vector<graph::SkillIndex> matched;
    for (std::size_t b = 0; b < body.skills.size(); ++b) {
      const GuideBody::Skill& bullet = body.skills[b];
      const std::string_view text = body.view(bullet.text);
      matched.assign(prepared.bullet_skills[b].begin(), prepared.bullet_skills[b].end());
      if (matched.empty()) {
        // Unmatched text becomes a skill of its own so the role still needs it.
        const std::string& key = prepared.unmatched_keys[b];
        const auto existing = g_.skill_names().lookup(key);
        // By id as well: a skill an earlier bullet made from the same key is not always found
        // again under its name (the fuzzer found a bullet with control characters for which
        // this lookup missed, and adding the skill a second time threw).
        const std::string id = "guide:" + key;
        const std::optional<graph::SkillIndex> same_id = g_.find_skill(id);
        if (!existing.empty()) {
          matched.push_back(existing.front());
        } else if (same_id) {
          matched.push_back(*same_id);
        } else {
          graph::Skill s;
          s.id = id;
          s.name = text;
          s.kind = bullet.kind == "other" ? "" : bullet.kind;
          s.source = {guide.file, bullet.line};
          matched.push_back(g_.add_skill(std::move(s)));
        }
        diag(guide.file, bullet.line, Severity::kInfo, "skill-unmatched",
             "skill bullet '" + std::string(text) + "' matched no taxonomy skill");
      }
      if (keep_text_) guide.text_mut().skills[b].skills = matched;
      ++guide.skill_bullets;
      if (std::any_of(matched.begin(), matched.end(),
                      [&](graph::SkillIndex s) { return g_.skill(s).in_taxonomy; })) {
        ++guide.skill_bullets_matched;
      }
      for (auto s : matched) {
        if (linked.insert(s).second) {
          g_.role(v).skills.push_back({s, 1.0, std::nullopt, {guide.file, bullet.line}});
        }
      }
    }
    // Bullets naming a skill already linked left part of the room unused: a third, in a 10k
    // corpus. Given back now, before the next guide allocates.
    g_.role(v).skills.shrink_to_fit();
  }

  void learning(graph::GuideIndex gi, const GuideBody& body, const Prepared& prepared) {
    graph::Guide& guide = g_.guide(gi);
    std::size_t n = 0;
    for (std::size_t g = 0; g < body.groups.size(); ++g) {
      for (std::uint32_t i = 0; i < body.groups[g].items; ++i) {
        const GuideBody::Item& bullet = body.items[n];
        graph::LearningItem item;
        item.id = guide.role_id + "/learning/" + std::to_string(n + 1);
        item.name = body.view(bullet.text);
        item.kind = "guide";
        item.source = {guide.file, bullet.line};
        for (auto s : prepared.item_skills[n++]) item.skills.push_back({s, std::nullopt});
        const graph::LearningIndex added = g_.add_learning(std::move(item));
        if (keep_text_) guide.text_mut().learning[g].items[i].item = added;
      }
    }
  }

  void chains(graph::GuideIndex gi, const GuideBody& body) {
    const graph::Guide& guide = g_.guide(gi);
    std::size_t step = 0;
    for (const auto& chain : body.chains) {
      std::vector<std::optional<Vertex>> steps;
      for (const auto end = step + chain.steps; step < end; ++step) {
        const std::string name(body.view(body.steps[step]));
        steps.push_back(name.empty() ? std::nullopt : role_for(guide.file, chain.line, 0, name));
      }
      for (size_t i = 0; i + 1 < steps.size(); ++i) {
        if (!steps[i] || !steps[i + 1] || *steps[i] == *steps[i + 1]) continue;
        g_.add_transition(*steps[i], *steps[i + 1], graph::EdgeKind::kProgression,
                          graph::Evidence{guide.file, chain.line});
      }
    }
  }

  void related(graph::GuideIndex gi, Vertex v, const GuideBody& body) {
    const graph::Guide& guide = g_.guide(gi);
    for (const auto& job : body.related) {
      auto other = role_for(guide.file, job.line, job.column, std::string(body.view(job.name)));
      if (!other || *other == v) continue;
      const graph::Evidence ev{guide.file, job.line};
      // Related roles are alike both ways: a lateral move may go either direction.
      g_.add_transition(v, *other, graph::EdgeKind::kRelated, ev);
      g_.add_transition(*other, v, graph::EdgeKind::kRelated, ev);
    }
  }

  // What the graph now holds of a joined guide: its moves, skill links and learning items.
  // The rest of the guide was parsed on another thread, whose pages it kept in use although
  // they mostly held text freed here: copied afresh by this thread, 7 MB less peak RSS on a 10k
  // corpus (see graph::reallocate_here).
  static void drop_text(graph::Guide& guide) {
    // Its body went when it was packed (drop_body): the role's skill links hold what the skill
    // bullets matched, with their lines, and the guide their counts.
    // The file is interned, shared with the graph's evidence.
    graph::release(guide.aliases);
    for (auto* text : {&guide.slug, &guide.role_id, &guide.title, &guide.name, &guide.category}) {
      graph::reallocate_here(*text);
    }
    graph::reallocate_here(guide.sections_found);
    if (guide.has_text()) {  // prose kept without the rest (LoadOptions::prose, not ::guide_text)
      graph::GuideText text = guide.text();
      guide.set_text(std::move(text));
    }
  }

  void diag(const std::string& file, int line, Severity s, std::string code, std::string message,
            int col = 0) {
    diags_.push_back({file, line, col, s, std::move(code), std::move(message)});
  }

  CareerGraph& g_;
  Diagnostics& diags_;
  SkillMatcher matcher_;
  bool keep_text_;
  unsigned threads_;  // for matching bullets (connect)
  std::vector<std::pair<graph::GuideIndex, Vertex>> attached_;
  std::vector<GuideBody> bodies_;  // of the attached guides, until each joins
};

}  // namespace

std::vector<GuideParse> parse_guides(const std::vector<SourceFile>& files,
                                     const SectionTable& sections, std::size_t begin,
                                     std::size_t end, const GuideParseOptions& options,
                                     bool keep_text) {
  std::vector<GuideParse> out;
  out.reserve(end - begin);
  for (std::size_t i = begin; i < end; ++i) {
    if (!files[i].deferred) {
      out.push_back(parse_guide(files[i].path, files[i].content, sections, options));
    } else if (const auto src = read_source(files[i].path)) {
      // Read, parse, drop: only the files being parsed are in memory, not the corpus.
      out.push_back(parse_guide(src->path, src->content, sections, options));
    } else {
      GuideParse failed;
      failed.diagnostics.push_back(src.error());
      out.push_back(std::move(failed));
      continue;
    }
    if (auto& p = out.back(); p.guide) {
      p.body = pack_body(*p.guide);
      if (!keep_text) Builder::drop_body(*p.guide);
    }
  }
  return out;
}

unsigned guide_threads(std::size_t guides, unsigned requested) {
  if (requested != 0) return requested;
  return guides < kParallelMinGuides ? 1u : std::max(1u, std::thread::hardware_concurrency());
}

graph::Diagnostics add_parsed_guides(std::vector<GuideParse>& parsed, graph::CareerGraph& graph,
                                     bool keep_text, unsigned threads) {
  Diagnostics diags;
  Builder builder(graph, diags, keep_text, guide_threads(parsed.size(), threads));
  graph.reserve_guides(parsed.size());
  // Room for the roles the guides add (those not in the vocabulary; roles only a chain or
  // related_jobs names are not known yet).
  graph.reserve_roles(std::count_if(parsed.begin(), parsed.end(), [&](const GuideParse& p) {
    return p.guide && !graph.find_role(p.guide->role_id);
  }));
  for (auto& p : parsed) {
    diags.insert(diags.end(), p.diagnostics.begin(), p.diagnostics.end());
    if (p.guide) builder.attach(std::move(*p.guide), std::move(p.body));
  }
  // Everything has moved into the graph: free the husks before the join allocates more.
  parsed.clear();
  parsed.shrink_to_fit();
  builder.connect();
  return diags;
}

graph::Diagnostics add_guides(const std::vector<SourceFile>& files, const SectionTable& sections,
                              graph::CareerGraph& graph) {
  auto parsed = parse_guides(files, sections, 0, files.size(), {});
  return add_parsed_guides(parsed, graph);
}

}  // namespace careergraph::importers
