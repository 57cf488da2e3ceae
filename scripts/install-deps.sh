#!/usr/bin/env bash
# Installs what careergraph needs to build, test and benchmark on Debian 12 (run as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  g++ cmake ninja-build pkg-config git ca-certificates \
  libboost-graph-dev libyaml-dev nlohmann-json3-dev libcli11-dev libmd4c-dev libicu-dev \
  libmimalloc-dev libgtest-dev libgmock-dev libbenchmark-dev \
  clang libclang-rt-14-dev \
  libgraphviz-dev graphviz fonts-noto-cjk libxml2-utils \
  python3 python3-yaml python3-networkx hyperfine >/dev/null
