// Giving memory back. `v = {}` on a std::vector or std::string picks the initializer-list
// assignment, which destroys the elements but keeps the buffer: a 10k-guide load kept 6 MB of
// parsed-chunk buffers and the dropped bullets' vectors that way until it ended. Assigning an
// empty value does not do it either: a string's move assignment from a short one copies the
// characters and keeps its buffer (a struct of strings, such as a packed guide body, too).
#pragma once

#include <utility>

namespace careergraph::graph {

// Empties `value` and frees its storage: moved into a local that is destroyed here (a move
// construction takes the buffers), then reset. For any movable type with a default constructor,
// containers and structs of them alike.
template <typename T>
void release(T& value) {
  { T gone = std::move(value); }
  value = T();
}

// Replaces `value` with a copy allocated by the calling thread. With per-thread heaps (mimalloc,
// glibc's arenas), a value built on another thread keeps that thread's pages in use for as long
// as it lives, however much of the rest of them was freed: copied by the thread that keeps it,
// it sits among that thread's allocations instead.
template <typename T>
void reallocate_here(T& value) {
  T copy = value;
  value = std::move(copy);
}

// Asks the allocator to take back what was freed, in one go, before a phase that allocates a
// lot. With mimalloc (the executables, when it is installed): mi_collect(true), which also
// takes over the heaps of threads that have ended, so that what they allocated and this thread
// freed is reused here instead of sitting beside new pages. Otherwise glibc's malloc_trim(0).
// The loader calls it once, when every guide is parsed and attached and the join is about to
// build the rest of the graph (peak RSS of a 10k load: bench/RESULTS.md).
void collect_free_memory();

// For a process that loads a corpus, answers and exits (the CLI calls it first thing): with
// mimalloc, freed pages go back to the system after 5 ms instead of 25 (mi_option_decommit_delay).
// Loading frees the parsed text while it builds the graph; returned sooner, it is not counted
// beside the graph at the load's end: 10k `stats` peak RSS 72 -> 68.5 MB, no measurable time
// (at 1-2 ms: 68 MB and ~0.1 s more; at 0: 65 MB and 0.3 s more; bench/RESULTS.md). A
// MIMALLOC_DECOMMIT_DELAY in the environment wins. Nothing with another allocator.
void return_freed_pages_sooner();

// Huge pages for a small load. A virtual machine may make the first touch of each 4 KiB page
// expensive: on the machine of bench/RESULTS.md it costs ~12 µs, and `path` on the bundled data
// first touched ~1,000 pages of heap; in 2 MiB pages it touches ~190 pages in all and takes ~5 ms
// less. A large load must not have them: a 2 MiB page that is freed in part stays resident, and
// mimalloc never returns the memory of a segment it made in huge pages; a 10k corpus peaked
// 5-13 MB higher. Linux only; elsewhere, or with transparent huge pages off, they do nothing.

// With mimalloc: every segment it makes from now on is advised huge pages
// (mi_option_large_os_pages, which mimalloc otherwise reads from MIMALLOC_LARGE_OS_PAGES when it
// starts; a setting in the environment wins). For a process known to make a small load, before
// anything allocates: the start-up itself (static initialisers, the command line's parser)
// fills the first pages. Nothing with another allocator.
void use_huge_pages_from_start();

// madvise MADV_HUGEPAGE on the mapping the allocator is handing out now (the one holding a
// fresh allocation, found in /proc/self/maps), for a load found to be small once its files are
// read. Pages already touched stay as they are. After use_huge_pages_from_start took effect
// there is nothing to do (true); otherwise returns whether madvise accepted the advice (it does
// when huge pages are off, too).
bool use_huge_pages_for_heap();

}  // namespace careergraph::graph
